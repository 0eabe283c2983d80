package dev.pgdl.core.model;

/** Anything a finding can name. The engine derives the finding's identity and position from it. */
public interface ModelObject {

    SourceLocation location();
}
