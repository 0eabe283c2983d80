package dev.pgdl.rules.support;

import dev.pgdl.core.model.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The start and end date columns that make a table a period table (適用期間付きデータ). */
public record Period(String start, String end) {

    /** The guideline's pair. */
    public static final List<Period> DEFAULTS = List.of(new Period("start_date", "end_date"));

    public static Period read(Map<String, Object> item) {
        return new Period(String.valueOf(item.get("start")), String.valueOf(item.get("end")));
    }

    public Map<String, Object> write() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("start", start);
        item.put("end", end);
        return item;
    }

    /** Whether the table has both columns. */
    public boolean of(Table table) {
        return table.column(start).isPresent() && table.column(end).isPresent();
    }
}
