package dev.pgdl.rules.security;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Patterns;
import dev.pgdl.rules.support.SchemaStructure;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * In the schema-per-tenant model every tenant schema has the reference schema's structure:
 * テナント間で、スキーマに差は発生させるべきではない (テナント分離設計). Each schema is built once
 * and compared by name lookups, so the check stays linear in the size of the design.
 */
public final class TenantSchemaDriftRule implements SchemaRule {

    public static final OptionSpec<String> TENANT_SCHEMAS = OptionSpec.of("tenant-schemas", OptionType.string(), "");
    public static final OptionSpec<String> REFERENCE = OptionSpec.of("reference", OptionType.string(), "");

    public static final Message MISSING_TABLE = Message.of("missing-table", "schema", "table", "reference");
    public static final Message EXTRA_TABLE = Message.of("extra-table", "table", "reference");
    public static final Message MISSING_COLUMN = Message.of("missing-column", "table", "column", "reference");
    public static final Message EXTRA_COLUMN = Message.of("extra-column", "column", "table", "reference");
    public static final Message DIFFERENT_COLUMN = Message.of("different-column", "column", "table", "definition",
            "expected", "reference");
    public static final Message MISSING_INDEX = Message.of("missing-index", "table", "index", "reference");
    public static final Message EXTRA_INDEX = Message.of("extra-index", "index", "reference");
    public static final Message DIFFERENT_INDEX = Message.of("different-index", "index", "reference");
    public static final Message MISSING_CONSTRAINT = Message.of("missing-constraint", "table", "constraint",
            "reference");
    public static final Message EXTRA_CONSTRAINT = Message.of("extra-constraint", "constraint", "table", "reference");
    public static final Message DIFFERENT_CONSTRAINT = Message.of("different-constraint", "constraint", "table",
            "reference");

    public static final RuleMeta META = RuleMeta.builder("security/tenant-schema-drift")
            .severity(Severity.WARNING)
            .guideline("テナント分離設計")
            .options(TENANT_SCHEMAS, REFERENCE)
            .messages(MISSING_TABLE, EXTRA_TABLE, MISSING_COLUMN, EXTRA_COLUMN, DIFFERENT_COLUMN, MISSING_INDEX,
                    EXTRA_INDEX, DIFFERENT_INDEX, MISSING_CONSTRAINT, EXTRA_CONSTRAINT, DIFFERENT_CONSTRAINT)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        String pattern = context.option(TENANT_SCHEMAS);
        if (pattern.isEmpty()) {
            return;
        }
        Map<String, SchemaStructure> structures = SchemaStructure.bySchema(schema);
        Pattern tenantName = Patterns.glob(pattern);
        TreeSet<String> tenants = new TreeSet<>();
        structures.keySet().stream().filter(name -> tenantName.matcher(name).matches()).forEach(tenants::add);
        String configured = context.option(REFERENCE);
        if (tenants.isEmpty() && configured.isEmpty()) {
            return;
        }
        String referenceName = configured.isEmpty() ? tenants.first() : configured;
        SchemaStructure reference = structures.getOrDefault(referenceName, SchemaStructure.empty(referenceName));
        for (String tenant : tenants) {
            if (!tenant.equals(referenceName)) {
                new Comparison(reference, structures.get(tenant), context).run();
            }
        }
    }

    /** One tenant schema against the reference; a missing or extra table hides the differences inside it. */
    private record Comparison(SchemaStructure reference, SchemaStructure tenant, RuleContext context) {

        void run() {
            String ref = reference.name();
            compare(reference.tables(), tenant.tables(),
                    name -> context.report(tenant.anchor(), MISSING_TABLE, tenant.name(), name, ref),
                    extra -> context.report(extra, EXTRA_TABLE, extra.name().identity(), ref),
                    this::compareTables);
            compare(reference.indexes(), tenant.indexes(),
                    name -> tenantTable(reference.indexes().get(name)).ifPresent(table ->
                            context.report(table, MISSING_INDEX, table.name().identity(), name, ref)),
                    extra -> {
                        if (reference.tables().containsKey(extra.table().name().name())) {
                            context.report(extra, EXTRA_INDEX, extra.name().identity(), ref);
                        }
                    },
                    (expected, actual) -> {
                        if (!reference.definition(expected).equals(tenant.definition(actual))) {
                            context.report(actual, DIFFERENT_INDEX, actual.name().identity(), ref);
                        }
                    });
        }

        private Optional<Table> tenantTable(Index referenceIndex) {
            return Optional.ofNullable(tenant.tables().get(referenceIndex.table().name().name()));
        }

        private void compareTables(Table expected, Table actual) {
            String ref = reference.name();
            String table = actual.name().identity();
            compare(SchemaStructure.columns(expected), SchemaStructure.columns(actual),
                    name -> context.report(actual, MISSING_COLUMN, table, name, ref),
                    extra -> context.report(extra, EXTRA_COLUMN, extra.name().name(), table, ref),
                    (want, have) -> compareColumns(want, have, table));
            compare(SchemaStructure.constraints(expected), SchemaStructure.constraints(actual),
                    name -> context.report(actual, MISSING_CONSTRAINT, table, name, ref),
                    extra -> context.report(extra, EXTRA_CONSTRAINT, extra.name().name(), table, ref),
                    (want, have) -> {
                        if (!reference.definition(want).equals(tenant.definition(have))) {
                            context.report(have, DIFFERENT_CONSTRAINT, have.name().name(), table, ref);
                        }
                    });
        }

        private void compareColumns(Column expected, Column actual, String table) {
            String want = reference.definition(expected);
            String have = tenant.definition(actual);
            if (!want.equals(have)) {
                context.report(actual, DIFFERENT_COLUMN, actual.name().name(), table, have, want, reference.name());
            }
        }

        private static <T> void compare(Map<String, T> expected, Map<String, T> actual, Consumer<String> missing,
                                        Consumer<T> extra, BiConsumer<T, T> both) {
            expected.forEach((name, want) -> {
                T have = actual.get(name);
                if (have == null) {
                    missing.accept(name);
                } else {
                    both.accept(want, have);
                }
            });
            actual.forEach((name, have) -> {
                if (!expected.containsKey(name)) {
                    extra.accept(have);
                }
            });
        }
    }
}
