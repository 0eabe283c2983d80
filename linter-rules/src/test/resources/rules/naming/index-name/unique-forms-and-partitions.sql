CREATE SCHEMA sales;
CREATE TABLE sales.t_sale (
    sale_id bigint NOT NULL,
    sale_no varchar(20) NOT NULL,
    shop_cd varchar(10) NOT NULL,
    sold_on date NOT NULL,
    CONSTRAINT pk_t_sale PRIMARY KEY (sale_id, sold_on),
    CONSTRAINT uk_t_sale_01 UNIQUE (sale_no, sold_on),
    CONSTRAINT uk02_t_sale UNIQUE (shop_cd, sold_on),
    CONSTRAINT uk_t_sale_shop UNIQUE (shop_cd, sale_no, sold_on) -- expect: naming/index-name sales.t_sale.uk_t_sale_shop "uk_t_sale, uk_t_sale_{nn}, uk{nn}_t_sale"
) PARTITION BY RANGE (sold_on);
CREATE TABLE sales.t_sale_2024 PARTITION OF sales.t_sale FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE UNIQUE INDEX "UK_T_SALE" ON sales.t_sale (sale_no, sold_on); -- expect: naming/index-name sales.UK_T_SALE "Unique key or index UK_T_SALE"
CREATE INDEX i01_t_sale ON sales.t_sale (sold_on);
CREATE INDEX i01_t_sale_2024 ON sales.t_sale_2024 (shop_cd);
CREATE TABLE t_item (item_cd varchar(10) UNIQUE); -- expect: naming/index-name public.t_item.t_item_item_cd_key "uk_t_item"
