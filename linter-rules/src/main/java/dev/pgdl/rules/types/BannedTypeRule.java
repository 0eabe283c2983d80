package dev.pgdl.rules.types;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.CommonColumns;
import dev.pgdl.rules.support.Defaults;
import dev.pgdl.rules.support.Tables;
import dev.pgdl.rules.support.TypeNames;
import dev.pgdl.rules.support.Uuids;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Types the guideline's データ型 section forbids, each with the type to use instead. */
public final class BannedTypeRule implements SchemaRule {

    /** One banned type and its replacement; {@code varchar} bans only the unbounded form. */
    public record Ban(String type, String use) {

        /** Matches by element type; a ban of {@code character varying} only when no length is declared. */
        boolean matches(DataType columnType) {
            String canonical = TypeNames.canonical(type);
            return columnType.name().equals(canonical)
                    && !(canonical.equals(UNBOUNDED_ONLY) && columnType.length() != null);
        }

        /** The first of the bans that matches the type; a loop, since it is asked of every column. */
        static Optional<Ban> firstMatching(List<Ban> bans, DataType columnType) {
            for (Ban ban : bans) {
                if (ban.matches(columnType)) {
                    return Optional.of(ban);
                }
            }
            return Optional.empty();
        }
    }

    private static final String UNBOUNDED_ONLY = "character varying";

    private static final Set<String> BARE_FLOAT = Set.of("float", "float8");

    public static final OptionSpec<List<Ban>> BANNED = OptionSpec.of("banned",
            OptionType.recordList("ban", List.of("type", "use"), List.of("type", "use"),
                    item -> new Ban(String.valueOf(item.get("type")), String.valueOf(item.get("use"))),
                    ban -> {
                        Map<String, Object> item = new LinkedHashMap<>();
                        item.put("type", ban.type());
                        item.put("use", ban.use());
                        return item;
                    }),
            List.of(new Ban("timestamp", "timestamptz"),
                    new Ban("character", "varchar(n)"),
                    new Ban("text", "varchar(n)"),
                    new Ban("varchar", "varchar(n)"),
                    new Ban("smallint", "integer or bigint"),
                    new Ban("real", "double precision"),
                    new Ban("money", "numeric(p,s)")));

    public static final Message REPLACE = Message.of("replace", "column", "type", "use");
    public static final Message PREFER_DOUBLE = Message.of("prefer-double", "column", "written");

    public static final RuleMeta META = RuleMeta.builder("types/banned-type")
            .severity(Severity.ERROR)
            .guideline("データ型")
            .options(BANNED)
            .messages(REPLACE, PREFER_DOUBLE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        List<Ban> bans = context.option(BANNED);
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (!isSequenceFed(column) && !Uuids.isUuidAsString(column) && !CommonColumns.isCommon(column)) {
                check(column, bans, context);
            }
        });
    }

    private static void check(Column column, List<Ban> bans, RuleContext context) {
        DataType type = column.type();
        Optional<Ban> ban = Ban.firstMatching(bans, type);
        if (ban.isPresent()) {
            context.report(column, REPLACE, column.name().name(), type.sql(), ban.get().use());
        } else if (BARE_FLOAT.contains(TypeNames.writtenBase(type))) {
            context.report(Severity.INFO, column, PREFER_DOUBLE, column.name().name(), type.written());
        }
    }

    /**
     * Serial and identity columns belong to types/prefer-identity, UUIDs kept as strings to
     * types/uuid-type: one finding per problem.
     */
    private static boolean isSequenceFed(Column column) {
        return column.isIdentity() || Defaults.isNextval(column.defaultExpression());
    }
}
