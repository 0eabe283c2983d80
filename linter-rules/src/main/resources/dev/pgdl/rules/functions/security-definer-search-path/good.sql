CREATE FUNCTION app_version() RETURNS varchar LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT current_setting('app.version');
$$;
