package dev.pgdl.core.model;

/** A role; CREATE USER is a role with LOGIN. */
public record Role(String name, boolean login, boolean superuser, boolean createRole, boolean bypassRls,
                   SourceLocation location) implements ModelObject {

    public Role withAttributes(boolean newLogin, boolean newSuperuser, boolean newCreateRole, boolean newBypassRls) {
        return new Role(name, newLogin, newSuperuser, newCreateRole, newBypassRls, location);
    }
}
