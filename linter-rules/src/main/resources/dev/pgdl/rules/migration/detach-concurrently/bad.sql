-- file: V1__create_sale.sql
CREATE TABLE t_sale (sale_id bigint NOT NULL, sold_on date NOT NULL) PARTITION BY RANGE (sold_on);
CREATE TABLE t_sale_202401 PARTITION OF t_sale FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
-- file: V2__detach_old.sql
SET lock_timeout = '5s';
ALTER TABLE t_sale DETACH PARTITION t_sale_202401; -- expect: migration/detach-concurrently
