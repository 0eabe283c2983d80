CREATE SCHEMA sales;
CREATE TABLE sales.t_sale (
    sale_cd varchar(20) NOT NULL,
    amount numeric(12, 2) NOT NULL
);
CREATE TABLE "T_Audit" (
    sale_cd varchar(20) NOT NULL
);
CREATE VIEW v_sale AS SELECT sale_cd FROM sales.t_sale;
CREATE FUNCTION sales.move_sale(p_sale_cd varchar) RETURNS void LANGUAGE plpgsql AS $$ -- expect: functions/no-table-access sales.move_sale "accesses the relations public.T_Audit, sales.t_sale, w_archive, public.v_sale, t_log, t_stock"
DECLARE
    r record;
BEGIN
    -- SELECT * FROM commented_out
    /* DELETE FROM commented_out_too */
    RAISE NOTICE 'INSERT INTO not_a_table %', p_sale_cd;
    INSERT INTO "T_Audit" (sale_cd) VALUES (p_sale_cd);
    DELETE FROM t_sale WHERE sale_cd = p_sale_cd;
    UPDATE ONLY w_archive SET sale_cd = p_sale_cd;
    FOR r IN SELECT s.sale_cd FROM v_sale s, t_log l WHERE s.sale_cd = l.sale_cd FOR UPDATE LOOP
        PERFORM 1 FROM generate_series(1, 3) g JOIN t_stock USING (sale_cd);
    END LOOP;
    EXECUTE 'DELETE FROM dynamic_table';
END;
$$;
