package dev.pgdl.core.model;

/**
 * A table column. {@code serial} columns are read as PostgreSQL stores them: an integer type,
 * NOT NULL, {@code DEFAULT nextval('…'::regclass)} and an owned sequence, with
 * {@code type().written()} still saying {@code serial}.
 *
 * @param defaultExpression   the DEFAULT expression as SQL text, or null
 * @param generatedExpression the expression of {@code GENERATED ALWAYS AS (…) STORED}, or null
 * @param collation           an explicit COLLATE, or null
 * @param comment             the COMMENT ON COLUMN text, or null
 */
public record Column(Identifier name, DataType type, boolean notNull, String defaultExpression,
                     IdentityGeneration identity, String generatedExpression, String collation,
                     String comment, SourceLocation location) implements ModelObject {

    public boolean hasDefault() {
        return defaultExpression != null;
    }

    public boolean isIdentity() {
        return identity != IdentityGeneration.NONE;
    }

    public boolean isGenerated() {
        return generatedExpression != null;
    }

    public Column withName(Identifier newName) {
        return new Column(newName, type, notNull, defaultExpression, identity, generatedExpression, collation, comment, location);
    }

    public Column withType(DataType newType) {
        return new Column(name, newType, notNull, defaultExpression, identity, generatedExpression, collation, comment, location);
    }

    public Column withNotNull(boolean newNotNull) {
        return new Column(name, type, newNotNull, defaultExpression, identity, generatedExpression, collation, comment, location);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, notNull, newDefault, identity, generatedExpression, collation, comment, location);
    }

    public Column withIdentity(IdentityGeneration newIdentity) {
        return new Column(name, type, notNull || newIdentity != IdentityGeneration.NONE, defaultExpression, newIdentity,
                generatedExpression, collation, comment, location);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, notNull, defaultExpression, identity, generatedExpression, collation, newComment, location);
    }
}
