CREATE SCHEMA sales;
CREATE TABLE sales."T_Sale" (
    sale_id bigint GENERATED ALWAYS AS IDENTITY,
    shop_cd varchar(20), -- expect: constraints/partition-key-not-null sales.T_Sale.shop_cd "Partition key column shop_cd of sales.T_Sale allows NULL"
    "Sold_On" date NOT NULL,
    note varchar(200)
) PARTITION BY RANGE ("Sold_On", shop_cd);
CREATE TABLE sales.t_sale_2024 PARTITION OF sales."T_Sale" FOR VALUES FROM ('2024-01-01', '0') TO ('2025-01-01', '0');
CREATE TABLE t_log (
    log_id bigint GENERATED ALWAYS AS IDENTITY,
    logged_at timestamp
) PARTITION BY RANGE ((logged_at::date));
