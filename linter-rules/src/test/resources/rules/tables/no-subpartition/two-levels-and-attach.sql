CREATE SCHEMA sales;
CREATE TABLE sales.t_sale (
    sale_cd varchar(20) NOT NULL,
    shop_cd varchar(10) NOT NULL,
    sold_on date NOT NULL
) PARTITION BY RANGE (sold_on);
CREATE TABLE sales."T_Sale_2024" PARTITION OF sales.t_sale -- expect: tables/no-subpartition sales.T_Sale_2024 "of sales.t_sale"
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY HASH (shop_cd);
CREATE TABLE sales.t_sale_2024_0 PARTITION OF sales."T_Sale_2024" FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE sales.t_sale_2025 PARTITION OF sales.t_sale FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE sales.t_sale_2026 ( -- expect: tables/no-subpartition sales.t_sale_2026
    sale_cd varchar(20) NOT NULL,
    shop_cd varchar(10) NOT NULL,
    sold_on date NOT NULL
) PARTITION BY LIST (shop_cd);
ALTER TABLE sales.t_sale ATTACH PARTITION sales.t_sale_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
