-- file: V1__create_sale.sql
CREATE TABLE t_sale (sale_id bigint NOT NULL, sold_on date NOT NULL) PARTITION BY RANGE (sold_on);
-- file: V2__add_month.sql
SET lock_timeout = '5s';
CREATE TABLE t_sale_202402 PARTITION OF t_sale FOR VALUES FROM ('2024-02-01') TO ('2024-03-01'); -- expect: migration/attach-partition
