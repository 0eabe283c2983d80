CREATE FUNCTION app_version() RETURNS varchar LANGUAGE sql SECURITY DEFINER AS $$ -- expect: functions/security-definer-search-path public.app_version "does not set search_path"
    SELECT current_setting('app.version');
$$;
