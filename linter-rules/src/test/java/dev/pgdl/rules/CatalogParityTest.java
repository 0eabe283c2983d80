package dev.pgdl.rules;

import dev.pgdl.core.catalog.CatalogReader;
import dev.pgdl.core.catalog.TestPostgres;
import dev.pgdl.core.ddl.DdlReadResult;
import dev.pgdl.core.ddl.DdlReader;
import dev.pgdl.core.ddl.SqlFile;
import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.RuleRegistry;
import dev.pgdl.core.engine.SchemaLinter;
import dev.pgdl.core.model.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parity (DESIGN: "Parity is a test, not a hope"): the schema rules give the same (rule, object)
 * findings on a DDL file as on the catalog of a real PostgreSQL built from that file.
 */
class CatalogParityTest {

    private static final RuleRegistry RULES = RuleRegistry.load(CatalogParityTest.class.getClassLoader());

    @ParameterizedTest
    @ValueSource(strings = {"../examples/guideline/schema.sql", "../examples/shop/schema.sql"})
    void theCatalogOfADatabaseBuiltFromAFileGivesTheFindingsOfTheFile(String file) throws IOException, SQLException {
        String sql = Files.readString(Path.of(file));
        DdlReadResult ddl = new DdlReader().read(List.of(new SqlFile(file, sql)));
        Schema catalog;
        try (Connection connection = TestPostgres.newDatabase(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            catalog = new CatalogReader().read(connection).schema();
        }

        Set<String> fromFile = findings(ddl.schema());
        Set<String> fromCatalog = findings(catalog);
        Set<String> onlyFile = new TreeSet<>(fromFile);
        onlyFile.removeAll(fromCatalog);
        Set<String> onlyCatalog = new TreeSet<>(fromCatalog);
        onlyCatalog.removeAll(fromFile);
        assertThat(onlyFile).as("findings on the file that the catalog does not give").isEmpty();
        assertThat(onlyCatalog).as("findings on the catalog that the file does not give").isEmpty();
    }

    private static Set<String> findings(Schema schema) {
        Set<String> findings = new TreeSet<>();
        for (Finding finding : new SchemaLinter(RULES.all(), LintConfig.DEFAULTS).lint(schema)) {
            findings.add(finding.rule() + " " + finding.object());
        }
        return findings;
    }
}
