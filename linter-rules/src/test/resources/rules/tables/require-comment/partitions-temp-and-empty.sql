-- options: { severity: warning }
CREATE SCHEMA sales;
CREATE TABLE sales.t_sale (
    "Sold_On" date NOT NULL,
    amount numeric(12, 0) NOT NULL -- expect: tables/require-comment sales.t_sale.amount
) PARTITION BY RANGE ("Sold_On");
CREATE TABLE sales.t_sale_202401 PARTITION OF sales.t_sale FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
COMMENT ON TABLE sales.t_sale IS '売上';
COMMENT ON COLUMN sales.t_sale."Sold_On" IS '売上日';
CREATE TEMP TABLE tmp_sale (sold_on date NOT NULL);
CREATE TABLE m_item (item_cd varchar(10) NOT NULL); -- expect: tables/require-comment public.m_item "no COMMENT"
COMMENT ON TABLE m_item IS '';
COMMENT ON COLUMN m_item.item_cd IS '商品コード';
