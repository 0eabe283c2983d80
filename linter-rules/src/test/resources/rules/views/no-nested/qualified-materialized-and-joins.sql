CREATE SCHEMA sales;
CREATE TABLE sales.t_sale (
    sale_cd varchar(20) NOT NULL,
    shop_cd varchar(10) NOT NULL,
    amount numeric(12, 2) NOT NULL
);
CREATE TABLE m_shop (
    shop_cd varchar(10) NOT NULL,
    shop_name varchar(100) NOT NULL
);
CREATE MATERIALIZED VIEW sales."MV_Sale_Shop" AS
    SELECT shop_cd, sum(amount) AS amount FROM sales.t_sale GROUP BY shop_cd;
CREATE VIEW v_shop AS
    SELECT shop_cd, shop_name FROM m_shop;
CREATE VIEW v_shop_sale AS -- expect: views/no-nested public.v_shop_sale "selects from another view: sales.MV_Sale_Shop, public.v_shop"
    SELECT s.shop_name, m.amount
    FROM sales."MV_Sale_Shop" m JOIN v_shop s ON s.shop_cd = m.shop_cd;
CREATE MATERIALIZED VIEW mv_shop_total AS -- expect: views/no-nested public.mv_shop_total "public.v_shop_sale"
    SELECT count(*) AS shops FROM (SELECT shop_name FROM v_shop_sale) x;
CREATE VIEW v_shop_direct AS
    SELECT s.shop_name, t.amount FROM sales.t_sale t JOIN m_shop s ON s.shop_cd = t.shop_cd;
