package dev.pgdl.core.ddl;

import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import dev.pgdl.core.model.SourceLocation;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses single statements with JSqlParser (PostgreSQL dialect), in parallel on worker threads
 * with a large stack, each statement under a time limit. A statement JSqlParser rejects is retried
 * once rewritten; what still fails comes back as a reason, never as an exception. The workers start
 * with the first statement, so reading files that need no syntax tree never loads JSqlParser.
 */
final class StatementParser implements AutoCloseable {

    private static final long STACK_BYTES = 64L * 1024 * 1024;
    private static final long TIME_LIMIT_SECONDS = 10;
    private static final Pattern POSITION = Pattern.compile(" at (\\d+):(\\d+)$");

    private ExecutorService workers;

    synchronized Future<ParseOutcome> submit(SqlStatement statement) {
        if (workers == null) {
            AtomicInteger count = new AtomicInteger();
            ThreadFactory factory = task -> {
                Thread thread = new Thread(null, task, "pgdl-parser-" + count.incrementAndGet(), STACK_BYTES);
                thread.setDaemon(true);
                return thread;
            };
            workers = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
                    factory);
        }
        return workers.submit(() -> parseWithRetry(statement));
    }

    ParseOutcome await(Future<ParseOutcome> pending) {
        try {
            return pending.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return ParseOutcome.failed("parsing took longer than " + TIME_LIMIT_SECONDS + " s");
        } catch (ExecutionException e) {
            return ParseOutcome.failed("parser failure: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ParseOutcome.failed("interrupted");
        }
    }

    private static ParseOutcome parseWithRetry(SqlStatement statement) {
        ParseOutcome first = parse(statement.text());
        if (first.isParsed()) {
            return first;
        }
        String rewritten = StatementRewriter.rewrite(statement);
        if (!rewritten.equals(statement.text())) {
            ParseOutcome second = parse(rewritten);
            if (second.isParsed()) {
                return second;
            }
        }
        return ParseOutcome.failed(positioned(first.failure(), statement));
    }

    private static ParseOutcome parse(String text) {
        try {
            CCJSqlParser parser = CCJSqlParserUtil.newParser(text)
                    .withDialect(AbstractJSqlParser.Dialect.POSTGRESQL)
                    .withBackslashEscapeCharacter(text.contains("E'") || text.contains("e'"));
            Statement tree = parser.Statement();
            if (tree == null || tree instanceof UnsupportedStatement) {
                return ParseOutcome.failed("JSqlParser does not support this form");
            }
            return SyntaxTrees.extract(tree).map(ParseOutcome::parsed)
                    .orElseGet(() -> ParseOutcome.failed("JSqlParser read it as another kind of statement"));
        } catch (ParseException e) {
            Token offending = e.currentToken == null ? null : e.currentToken.next;
            return ParseOutcome.failed(offending == null ? "syntax not understood"
                    : "unexpected \"" + offending.image + "\" at " + offending.beginLine + ":" + offending.beginColumn);
        } catch (RuntimeException | StackOverflowError e) {
            return ParseOutcome.failed(e instanceof StackOverflowError ? "statement nested too deeply"
                    : "syntax not understood (" + e.getClass().getSimpleName() + ")");
        } catch (Error e) {
            return ParseOutcome.failed("syntax not understood (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Rewrites {@code at line:column} within the statement to the position in the file. */
    private static String positioned(String failure, SqlStatement statement) {
        Matcher at = POSITION.matcher(failure);
        if (!at.find()) {
            return failure;
        }
        SourceLocation location = statement.atTextPosition(Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)));
        return failure.substring(0, at.start()) + " at line " + location.line() + ", column " + location.column();
    }

    @Override
    public synchronized void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
