package dev.pgdl.core.catalog;

import java.util.Optional;

/** Where a database is and who connects; the password is never printed. */
public record ConnectionSettings(String url, Optional<String> user, Optional<String> password) {

    /** The URL without its query, which may hold a password. */
    public String displayUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return displayUrl() + user.map(u -> " as " + u).orElse("");
    }
}
