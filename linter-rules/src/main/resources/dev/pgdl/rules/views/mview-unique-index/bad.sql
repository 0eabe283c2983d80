CREATE TABLE t_sale (
    sale_cd varchar(20) NOT NULL,
    shop_cd varchar(10) NOT NULL,
    sold_on date NOT NULL,
    amount numeric(12, 2) NOT NULL
);
CREATE MATERIALIZED VIEW mv_sale_daily AS -- expect: views/mview-unique-index public.mv_sale_daily "has no unique index"
    SELECT sold_on, shop_cd, sum(amount) AS amount FROM t_sale GROUP BY sold_on, shop_cd;
CREATE INDEX mv_sale_daily_ix ON mv_sale_daily (sold_on);
