package dev.pgdl.core.engine;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.SourceLocation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Points findings on a catalog at the SQL that declared their objects: a deep check lints what
 * PostgreSQL built from the files, and the reader of those files knows where each object was
 * created. An object the files do not declare by that identity (a column of a table that is
 * there) takes the place of the object it belongs to.
 */
public final class SourceLocator {

    private final Map<String, SourceLocation> locations;

    /** {@code declared}: the schema the DDL reader read from the same files. */
    public SourceLocator(Schema declared) {
        this.locations = new ObjectIdentities(declared, Optional.empty()).locations();
    }

    public List<Finding> locate(List<Finding> findings) {
        return findings.stream().map(f -> new Finding(f.rule(), f.severity(), f.object(), locationOf(f.object()),
                f.message())).toList();
    }

    private SourceLocation locationOf(String identity) {
        for (String candidate = identity; !candidate.isEmpty(); candidate = parent(candidate)) {
            SourceLocation location = locations.get(candidate);
            if (location != null) {
                return location;
            }
        }
        return SourceLocation.NONE;
    }

    private static String parent(String identity) {
        int dot = identity.lastIndexOf('.');
        return dot < 0 ? "" : identity.substring(0, dot);
    }
}
