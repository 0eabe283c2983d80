package dev.pgdl.core.catalog;

/** A database that could not be reached or read, with the server's reason in one line. */
public final class CatalogException extends Exception {

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
