package dev.pgdl.core.ddl;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlSplitterTest {

    @Test
    void splitsOnSemicolonsAndRecordsWhereEachStatementStarts() {
        List<SqlStatement> statements = split("CREATE TABLE a (x int);\n\n  CREATE TABLE b (y int);");

        assertThat(statements).extracting(SqlStatement::text)
                .containsExactly("CREATE TABLE a (x int)", "CREATE TABLE b (y int)");
        assertThat(statements).extracting(s -> s.location().toString())
                .containsExactly("f.sql:1:1", "f.sql:3:3");
    }

    @Test
    void semicolonsInsideQuotesCommentsAndDollarQuotesDoNotSplit() {
        String sql = """
                COMMENT ON TABLE t IS 'a; b ''c;''';
                -- a comment; with a semicolon
                /* block; /* nested; */ still comment; */
                CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;
                SELECT E'it\\'s; fine';
                CREATE TABLE "odd;name" (x int);
                """;

        assertThat(split(sql)).extracting(SqlStatement::text).containsExactly(
                "COMMENT ON TABLE t IS 'a; b ''c;'''",
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$",
                "SELECT E'it\\'s; fine'",
                "CREATE TABLE \"odd;name\" (x int)");
    }

    @Test
    void psqlMetaCommandsAndCopyDataAreSkipped() {
        String sql = """
                \\connect shop
                \\restrict abc123
                COPY t (a, b) FROM stdin;
                1\tx;y
                2\tz
                \\.
                CREATE TABLE u (x int);
                """;

        List<SqlStatement> statements = split(sql);

        assertThat(statements).extracting(SqlStatement::text)
                .containsExactly("COPY t (a, b) FROM stdin", "CREATE TABLE u (x int)");
        assertThat(statements.get(1).location().line()).isEqualTo(7);
    }

    @Test
    void beginAtomicBodiesKeepTheirSemicolons() {
        String sql = """
                CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;
                  SELECT 2;
                END;
                CREATE TABLE t (x int);
                """;

        assertThat(split(sql)).hasSize(2);
    }

    @Test
    void unterminatedInputStillYieldsItsLastStatement() {
        assertThat(split("CREATE TABLE t (x int)")).hasSize(1);
        assertThat(split("SELECT 'never closed")).extracting(SqlStatement::text).containsExactly("SELECT 'never closed");
        assertThat(split("/* only a comment that never ends")).isEmpty();
        assertThat(split("")).isEmpty();
        assertThat(split(";;  ;")).isEmpty();
    }

    @Test
    void tokensCarryFilePositionsAndParenthesisDepth() {
        SqlStatement statement = split("\n  CREATE TABLE t (\n    id int\n  );").get(0);

        SqlToken id = statement.tokens().stream().filter(t -> t.text().equals("id")).findFirst().orElseThrow();

        assertThat(statement.at(id).toString()).isEqualTo("f.sql:3:5");
        assertThat(id.depth()).isEqualTo(1);
    }

    private static List<SqlStatement> split(String sql) {
        return SqlSplitter.split("f.sql", sql);
    }
}
