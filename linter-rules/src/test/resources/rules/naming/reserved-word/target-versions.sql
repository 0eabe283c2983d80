-- target-postgres: 15
CREATE TABLE t_login (
    system_user varchar(20) NOT NULL, -- rejected: syntax error -- SYSTEM_USER is reserved since PostgreSQL 16; the tests run 17
    "left" integer, -- expect: naming/reserved-word public.t_login.left "reserved key word in PostgreSQL 15"
    "Left" integer
);
CREATE INDEX "select" ON t_login (system_user); -- expect: naming/reserved-word public.select -- rejected: does not exist
CREATE VIEW "table" AS SELECT 1 AS one; -- expect: naming/reserved-word public.table
CREATE FUNCTION "window"() RETURNS integer LANGUAGE sql AS 'SELECT 1'; -- expect: naming/reserved-word public.window
