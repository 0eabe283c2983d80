package dev.pgdl.core.spi;

/**
 * A rule: metadata plus one check, given by the sub-interface it implements
 * ({@link SchemaRule}, or {@link CatalogRule} for a live database only). Implementations are
 * stateless, public, final, have a public no-argument constructor and are listed in {@code META-INF/services/dev.pgdl.core.spi.Rule}.
 */
public interface Rule {

    RuleMeta meta();
}
