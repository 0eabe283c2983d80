CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL,
    ordered_on date NOT NULL
);
CREATE TABLE w_order (
    order_cd varchar(20) NOT NULL,
    ordered_on date NOT NULL
);
CREATE FUNCTION fiscal_year(p_on date) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN EXTRACT(MONTH FROM p_on) >= 4 THEN EXTRACT(YEAR FROM p_on) ELSE EXTRACT(YEAR FROM p_on) - 1 END;
$$;
CREATE FUNCTION numbered(p_count integer) RETURNS SETOF integer LANGUAGE sql AS $$
    WITH numbers AS (SELECT n FROM generate_series(1, p_count) AS n)
    SELECT n FROM numbers WHERE n IS DISTINCT FROM 0;
$$;
CREATE FUNCTION trimmed(p_text varchar) RETURNS varchar LANGUAGE plpgsql AS $$
DECLARE
    c CURSOR FOR SELECT 1;
    v integer;
BEGIN
    OPEN c;
    FETCH NEXT FROM c INTO v;
    CLOSE c;
    RETURN trim(BOTH ' ' FROM p_text) || E' FROM it\'s';
END;
$$;
CREATE FUNCTION c_function(integer) RETURNS integer LANGUAGE c AS 'module', 'c_function'; -- rejected: could not access file -- no such C library
CREATE FUNCTION order_year(p_order_cd varchar) RETURNS integer LANGUAGE sql AS $$ -- expect: functions/no-table-access public.order_year "public.t_order"
    SELECT EXTRACT(YEAR FROM (SELECT ordered_on FROM t_order WHERE order_cd = p_order_cd))::integer;
$$;
CREATE PROCEDURE merge_order() LANGUAGE sql BEGIN ATOMIC -- expect: functions/no-table-access public.merge_order "public.t_order, public.w_order"
    MERGE INTO t_order o USING w_order w ON o.order_cd = w.order_cd
        WHEN NOT MATCHED THEN INSERT (order_cd, ordered_on) VALUES (w.order_cd, w.ordered_on);
END;
