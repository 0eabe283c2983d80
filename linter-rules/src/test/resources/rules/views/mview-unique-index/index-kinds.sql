CREATE SCHEMA sales;
CREATE TABLE t_sale (
    sale_cd varchar(20) NOT NULL,
    shop_cd varchar(10) NOT NULL,
    sold_on date NOT NULL
);
CREATE MATERIALIZED VIEW sales.mv_partial AS -- expect: views/mview-unique-index sales.mv_partial
    SELECT sale_cd, shop_cd FROM t_sale;
CREATE UNIQUE INDEX mv_partial_uk ON sales.mv_partial (sale_cd) WHERE shop_cd = 'A';
CREATE MATERIALIZED VIEW "MV_Expression" AS -- expect: views/mview-unique-index public.MV_Expression
    SELECT sale_cd, shop_cd FROM t_sale;
CREATE UNIQUE INDEX mv_expression_uk ON "MV_Expression" (lower(sale_cd));
CREATE MATERIALIZED VIEW mv_plain_index AS -- expect: views/mview-unique-index public.mv_plain_index
    SELECT sale_cd FROM t_sale;
CREATE INDEX mv_plain_index_ix ON mv_plain_index (sale_cd);
CREATE MATERIALIZED VIEW sales.mv_good AS
    SELECT sale_cd, sold_on FROM t_sale;
CREATE UNIQUE INDEX mv_good_uk ON sales.mv_good (sale_cd, sold_on);
CREATE VIEW v_sale AS
    SELECT sale_cd FROM t_sale;
