CREATE SCHEMA app;
CREATE FUNCTION app."Current_Tenant"() RETURNS varchar LANGUAGE sql SECURITY DEFINER AS $$ -- expect: functions/security-definer-search-path app.Current_Tenant
    SELECT current_setting('app.tenant');
$$;
CREATE FUNCTION app.tenant_of() RETURNS varchar LANGUAGE sql SECURITY DEFINER SET work_mem = '64MB' AS $$ -- expect: functions/security-definer-search-path app.tenant_of
    SELECT current_setting('app.tenant');
$$;
CREATE FUNCTION app.tenant_pinned() RETURNS varchar LANGUAGE sql SET search_path TO app, pg_temp SECURITY DEFINER AS $$
    SELECT current_setting('app.tenant');
$$;
CREATE FUNCTION app.tenant_invoker() RETURNS varchar LANGUAGE sql SECURITY INVOKER AS $$
    SELECT current_setting('app.tenant');
$$;
CREATE PROCEDURE app.reset_tenant() LANGUAGE sql SECURITY DEFINER AS $$ -- expect: functions/security-definer-search-path app.reset_tenant
    SELECT set_config('app.tenant', '', false);
$$;
