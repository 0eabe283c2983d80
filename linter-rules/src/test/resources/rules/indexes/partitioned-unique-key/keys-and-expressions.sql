CREATE SCHEMA sales;
CREATE TABLE sales.t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY,
    sale_cd varchar(20) NOT NULL,
    "Sold_On" date NOT NULL,
    shop_cd varchar(20) NOT NULL,
    PRIMARY KEY (sale_id, "Sold_On", shop_cd)
) PARTITION BY RANGE ("Sold_On", shop_cd);
ALTER TABLE sales.t_sale ADD CONSTRAINT uk_sale_cd UNIQUE (sale_cd, shop_cd); -- expect: indexes/partitioned-unique-key sales.t_sale.uk_sale_cd "Unique key uk_sale_cd on the partitioned table sales.t_sale lacks the partition key " -- rejected: must include all partitioning columns
CREATE UNIQUE INDEX uk_t_sale ON sales.t_sale (sale_cd); -- expect: indexes/partitioned-unique-key sales.uk_t_sale "shop_cd, and PostgreSQL rejects it" -- rejected: must include all partitioning columns
CREATE INDEX idx_01_t_sale ON sales.t_sale (sale_cd);
CREATE TABLE sales.t_sale_2024 PARTITION OF sales.t_sale FOR VALUES FROM ('2024-01-01', '01') TO ('2025-01-01', '01');
CREATE UNIQUE INDEX uk_t_sale_2024 ON sales.t_sale_2024 (sale_cd);
CREATE TABLE t_log (
    log_id bigint GENERATED ALWAYS AS IDENTITY,
    logged_at timestamp NOT NULL,
    PRIMARY KEY (log_id, logged_at) -- expect: indexes/partitioned-unique-key public.t_log.t_log_pkey -- rejected: unsupported PRIMARY KEY constraint with partition key definition
) PARTITION BY RANGE ((logged_at::date));
