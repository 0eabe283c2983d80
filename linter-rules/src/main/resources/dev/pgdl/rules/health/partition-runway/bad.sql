CREATE TABLE t_sales (sales_id bigint NOT NULL, sales_date date NOT NULL) PARTITION BY RANGE (sales_date); -- expect: health/partition-runway public.t_sales "has partitions up to 2020-03-01 only"
CREATE TABLE t_sales_202001 PARTITION OF t_sales FOR VALUES FROM ('2020-01-01') TO ('2020-02-01');
CREATE TABLE t_sales_202002 PARTITION OF t_sales FOR VALUES FROM ('2020-02-01') TO ('2020-03-01');
CREATE TABLE t_sales_default PARTITION OF t_sales DEFAULT;
