package dev.pgdl.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * Bytes allocated by every thread of this JVM while a task runs, a count of work that does not
 * depend on the machine's speed or load. Threads that start and end during the task (pgdl's
 * parser threads) are read every millisecond while they live, so at most their last millisecond
 * is missed.
 */
final class AllocationMeter {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationMeter() {
    }

    static long bytesAllocatedBy(Runnable task) throws InterruptedException {
        Map<Long, Long> atStart = read();
        Map<Long, Long> latest = new HashMap<>(atStart);
        Thread worker = new Thread(task, "measured-task");
        worker.start();
        while (worker.isAlive()) {
            latest.putAll(read());
            worker.join(1);
        }
        latest.putAll(read());
        return latest.entrySet().stream().mapToLong(e -> e.getValue() - atStart.getOrDefault(e.getKey(), 0L)).sum();
    }

    private static Map<Long, Long> read() {
        long[] ids = THREADS.getAllThreadIds();
        long[] bytes = THREADS.getThreadAllocatedBytes(ids);
        Map<Long, Long> allocated = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                allocated.put(ids[i], bytes[i]);
            }
        }
        return allocated;
    }
}
