package dev.pgdl.cli.tools;

import dev.pgdl.core.api.AuditRequest;
import dev.pgdl.core.api.CheckResult;
import dev.pgdl.core.api.FailOn;
import dev.pgdl.core.api.Pgdl;
import dev.pgdl.core.api.ReportFormat;
import dev.pgdl.core.api.ReportOptions;
import dev.pgdl.core.api.ReportTarget;
import dev.pgdl.core.catalog.TestPostgres;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How fast the HTML report of a large audit opens: builds a database of {@code N} tables (default
 * 2,000, in the table kinds of the guideline and with the usual violations) on the test
 * PostgreSQL, audits it into an HTML report, opens that in headless Chromium five times and prints
 * the median and worst times to the load event and to the first contentful paint, and how long
 * filtering by severity and sorting by name take.
 *
 * <p>A measurement, not a test: {@code mvn -B -q -Phtml-timing -pl linter-cli -am verify -DskipTests}
 * (see the README).
 */
public final class HtmlReportTiming {

    private static final String[] PREFIXES = {"m_", "t_", "w_", "h_", "s_", ""};
    private static final int LOADS = 5;

    private HtmlReportTiming() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path report = Path.of(args.length > 1 ? args[1] : "target/browser/audit-" + tables + ".html").toAbsolutePath();
        Files.createDirectories(report.getParent());
        TestPostgres.Database database = TestPostgres.newEmptyDatabase();
        createTables(database, tables);

        long start = System.nanoTime();
        CheckResult result = new Pgdl().audit(new AuditRequest(List.of(database.url()), Optional.of(database.user()),
                Optional.empty(), new ReportOptions(Path.of(""), Optional.empty(),
                        List.of(new ReportTarget(ReportFormat.HTML, Optional.of(report))), FailOn.NEVER, Locale.ENGLISH,
                        false, Optional.empty())), new StringWriter());
        long auditMillis = (System.nanoTime() - start) / 1_000_000;
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException(String.join("\n", result.errors()));
        }
        String html = Files.readString(report);
        System.out.printf("%d tables: audit with HTML report %d ms, %.1f MB, %d findings, %d objects%n", tables,
                auditMillis, Files.size(report) / 1e6, count(html, "<li class=\"finding\""),
                count(html, " class=\"object\""));

        ChromeDriver browser = HeadlessChromium.start(1280, 1000);
        try {
            List<Map<String, Object>> runs = new ArrayList<>();
            for (int i = 0; i < LOADS; i++) {
                runs.add(open(browser, report));
            }
            for (String measure : List.of("wallClock", "loadEvent", "firstContentfulPaint", "filter", "sort")) {
                List<Double> values = runs.stream().map(run -> ((Number) run.get(measure)).doubleValue()).sorted()
                        .toList();
                System.out.printf("  %-20s median %6.0f ms, worst %6.0f ms%n", measure, values.get(values.size() / 2),
                        values.get(values.size() - 1));
            }
        } finally {
            browser.quit();
        }
    }

    /** One fresh load of the report, and one filter and one sort on it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> open(ChromeDriver browser, Path report) {
        browser.get("about:blank");
        long start = System.nanoTime();
        browser.get(report.toUri().toString());
        double wallClock = (System.nanoTime() - start) / 1e6;
        Map<String, Object> timings = (Map<String, Object>) browser.executeScript("""
                var navigation = performance.getEntriesByType('navigation')[0];
                var paint = performance.getEntriesByName('first-contentful-paint')[0];
                var severity = document.getElementById('filter-severity');
                var t = performance.now();
                severity.value = 'error';
                severity.dispatchEvent(new Event('change'));
                document.body.offsetHeight;
                var filter = performance.now() - t;
                t = performance.now();
                document.querySelector('[data-sort=name] button').click();
                document.body.offsetHeight;
                var sort = performance.now() - t;
                return {loadEvent: navigation.loadEventEnd, firstContentfulPaint: paint ? paint.startTime : -1,
                        filter: filter, sort: sort};
                """);
        timings = new HashMap<>(timings);
        timings.put("wallClock", wallClock);
        return timings;
    }

    private static void createTables(TestPostgres.Database database, int tables) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            StringBuilder ddl = new StringBuilder();
            for (int i = 0; i < tables; i++) {
                String name = PREFIXES[i % PREFIXES.length] + "entity_" + i;
                ddl.append("CREATE TABLE ").append(name).append(" (id serial PRIMARY KEY, code varchar(20) NOT NULL,")
                        .append(" name text, amount numeric, note char(10), created_at timestamp,")
                        .append(i % 3 == 0 ? " created_by varchar(64), updated_at timestamptz, lock_no bigint," : "")
                        .append(" status integer DEFAULT 0);\n");
                if (i % 2 == 0) {
                    ddl.append("CREATE INDEX ").append(name).append("_code ON ").append(name).append(" (code);\n");
                }
                if (ddl.length() > 200_000) {
                    statement.execute(ddl.toString());
                    ddl.setLength(0);
                }
            }
            statement.execute(ddl.toString());
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
