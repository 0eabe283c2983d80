package dev.pgdl.core.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Splits files into statements and reads what each says before the schema state is needed, on a
 * thread of its own, while the caller applies the statements already read, in file order: the DDL
 * path uses both cores. Each statement is split, classified and parsed once.
 */
final class StatementPipeline implements AutoCloseable {

    /** Statements handed over together, so that the reader rarely waits for single statements. */
    private static final int BATCH = 256;

    /** Batches the splitter may read ahead of the applying thread; tokens waiting longer would only be copied by the collector. */
    private static final int AHEAD = 4;

    /** A statement, its kind, and what its reader made of it (null for statements read while applying). */
    record Item(SqlStatement statement, StatementKind kind, ParseOutcome outcome) {
    }

    private final BlockingQueue<List<Item>> batches = new LinkedBlockingQueue<>(AHEAD);
    private final Thread splitter;
    private volatile RuntimeException failure;
    /** The batch the splitter is filling; only its thread touches it. */
    private List<Item> filling = new ArrayList<>(BATCH);
    private List<Item> current = List.of();
    private int next;

    StatementPipeline(List<SqlFile> files) {
        this.splitter = new Thread(() -> splitAll(files), "pgdl-splitter");
        splitter.setDaemon(true);
        splitter.start();
    }

    /** The next statement in file order, or null after the last; what went wrong in splitting is thrown here. */
    Item next() {
        if (next == current.size()) {
            current = take();
            next = 0;
        }
        if (current.isEmpty() && failure != null) {
            throw failure;
        }
        return current.isEmpty() ? null : current.get(next++);
    }

    private List<Item> take() {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** Stops the splitter when the caller stops taking statements before the last (a failure while applying them). */
    @Override
    public void close() {
        splitter.interrupt();
    }

    private void splitAll(List<SqlFile> files) {
        try {
            split(files);
            if (!filling.isEmpty()) {
                send(filling);
            }
            send(List.of());
        } catch (Closed e) {
            // nobody takes the rest
        }
    }

    private void split(List<SqlFile> files) {
        try {
            for (SqlFile file : files) {
                SqlSplitter.split(file.path(), file.content(), this::handOver);
            }
        } catch (Closed e) {
            throw e;
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** On the splitter's thread: reads the statement, and hands the batch over when it is full. */
    private void handOver(SqlStatement statement) {
        filling.add(read(statement));
        if (filling.size() == BATCH) {
            send(filling);
            filling = new ArrayList<>(BATCH);
        }
    }

    private void send(List<Item> batch) {
        try {
            batches.put(batch);
        } catch (InterruptedException e) {
            throw new Closed();
        }
    }

    /** The pipeline was closed while the splitter waited to hand a batch over. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    private Item read(SqlStatement statement) {
        StatementKind kind = StatementKind.of(statement);
        return new Item(statement, kind, parse(statement, kind));
    }

    /** What the statement's reader makes of it, for the statements read before the schema state is needed; null for the others. */
    static ParseOutcome parse(SqlStatement statement, StatementKind kind) {
        try {
            return switch (kind.route()) {
                case CREATE_INDEX -> IndexReader.read(statement, kind);
                case CREATE_VIEW -> ViewReader.read(statement, kind);
                default -> null;
            };
        } catch (RuntimeException e) {
            return ParseOutcome.failed("could not read it (" + e.getClass().getSimpleName() + ")");
        } catch (StackOverflowError e) {
            return ParseOutcome.failed("statement nested too deeply");
        }
    }
}
