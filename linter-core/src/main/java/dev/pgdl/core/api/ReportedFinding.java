package dev.pgdl.core.api;

/**
 * One finding of a run as a front end shows it, such as a Maven error line.
 *
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param object   the dotted identity of the object ({@code public.users.email}), or empty
 * @param location {@code file:line:col}, or empty for an object read from a live catalog
 * @param message  in the language of the run
 * @param where    the position when there is one, else the object, after its audited database in
 *                 brackets when it has one ({@code [host:port/name] public.users})
 */
public record ReportedFinding(String rule, String severity, String object, String location, String message,
                              String where) {
}
