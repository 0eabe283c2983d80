CREATE FUNCTION sysdate() RETURNS timestamp without time zone LANGUAGE sql AS $BODY$
    SELECT clock_timestamp() AT TIME ZONE 'Asia/Tokyo';
$BODY$;
CREATE FUNCTION sku_color(p_sku varchar) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$
    SELECT substring(p_sku FROM 7 FOR 3);
$$;
