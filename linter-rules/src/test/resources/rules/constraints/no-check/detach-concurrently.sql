-- PostgreSQL keeps a partition detached CONCURRENTLY honest with a CHECK constraint of its bound, named after the key column.
CREATE TABLE t_sale (sale_id bigint NOT NULL, sold_on date NOT NULL) PARTITION BY RANGE (sold_on);
CREATE TABLE t_sale_202401 PARTITION OF t_sale FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE t_sale_202402 PARTITION OF t_sale FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
ALTER TABLE t_sale DETACH PARTITION t_sale_202401 CONCURRENTLY; -- expect: constraints/no-check public.t_sale_202401.t_sale_202401_sold_on_check
ALTER TABLE t_sale DETACH PARTITION t_sale_202402;
