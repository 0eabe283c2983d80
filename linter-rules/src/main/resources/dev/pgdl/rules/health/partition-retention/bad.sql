CREATE TABLE t_sales (sales_id bigint NOT NULL, sales_date date NOT NULL) PARTITION BY RANGE (sales_date);
CREATE TABLE t_sales_202001 PARTITION OF t_sales FOR VALUES FROM ('2020-01-01') TO ('2020-02-01'); -- expect: health/partition-retention public.t_sales_202001 "older than 12 months (up to 2020-01-31)"
CREATE TABLE t_sales_current PARTITION OF t_sales FOR VALUES FROM ('2020-02-01') TO ('2100-01-01');
