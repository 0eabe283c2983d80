-- target-postgres: 16
CREATE TABLE t_login (
    "system_user" varchar(20) NOT NULL, -- expect: naming/reserved-word public.t_login.system_user "reserved key word in PostgreSQL 16"
    CONSTRAINT "check" CHECK ("system_user" <> '') -- expect: naming/reserved-word public.t_login.check
);
CREATE SCHEMA "group"; -- expect: naming/reserved-word group
