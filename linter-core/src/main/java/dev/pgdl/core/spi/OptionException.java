package dev.pgdl.core.spi;

/** A configured option value that does not fit its option's type or constraint. */
public final class OptionException extends RuntimeException {

    public OptionException(String message) {
        super(message);
    }
}
