package dev.pgdl.core.engine;

import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Table;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Table kinds (テーブル種別) by name prefix: {@code m_} master, {@code t_} transaction, … The
 * longest matching prefix decides, so {@code sd_} beats {@code s_}.
 */
public record TableKinds(Map<String, String> kindByPrefix) {

    public static final String TEMPORARY = "temporary";

    public static final TableKinds DEFAULT = new TableKinds(defaults());

    public TableKinds {
        kindByPrefix = Collections.unmodifiableMap(new LinkedHashMap<>(kindByPrefix));
    }

    /** The kind of a table called {@code tableName}, if its name starts with a known prefix. */
    public Optional<String> kindOf(String tableName) {
        String longest = null;
        for (String prefix : kindByPrefix.keySet()) {
            if (tableName.startsWith(prefix) && (longest == null || prefix.length() > longest.length())) {
                longest = prefix;
            }
        }
        return Optional.ofNullable(longest).map(kindByPrefix::get);
    }

    /** The kind of a table; a partition has the kind of its parent. */
    public Optional<String> kindOf(Table table) {
        QualifiedName named = table.isPartition() ? table.partitionOf().parent() : table.name();
        return kindOf(named.name().name());
    }

    private static Map<String, String> defaults() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("m_", "master");
        kinds.put("t_", "transaction");
        kinds.put("w_", "work");
        kinds.put("wr_", "work-receive");
        kinds.put("ws_", "work-send");
        kinds.put("s_", "summary");
        kinds.put("sd_", "daily-summary");
        kinds.put("sw_", "weekly-summary");
        kinds.put("sm_", "monthly-summary");
        kinds.put("h_", "history");
        kinds.put("hist_", "history");
        kinds.put("tmp_", TEMPORARY);
        return kinds;
    }
}
