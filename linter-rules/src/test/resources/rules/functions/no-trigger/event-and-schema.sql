CREATE SCHEMA audit;
CREATE TABLE audit.t_log (logged_at timestamptz NOT NULL);
CREATE FUNCTION audit.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;
CREATE FUNCTION audit.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END; $$;
CREATE TRIGGER "Stamp" AFTER INSERT OR UPDATE ON audit.t_log FOR EACH ROW EXECUTE FUNCTION audit.stamp(); -- expect: functions/no-trigger audit.t_log.Stamp "on audit.t_log"
CREATE EVENT TRIGGER block_ddl ON ddl_command_start EXECUTE FUNCTION audit.on_ddl(); -- expect: functions/no-trigger block_ddl "Event trigger block_ddl is prohibited"
CREATE OR REPLACE TRIGGER stamp_again BEFORE DELETE ON audit.t_log FOR EACH STATEMENT EXECUTE PROCEDURE audit.stamp(); -- expect: functions/no-trigger audit.t_log.stamp_again
