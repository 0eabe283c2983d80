SET lock_timeout = '5s';
BEGIN;
CREATE INDEX CONCURRENTLY idx_03_t_order ON t_order (created_at); -- expect: migration/concurrently-in-transaction -- rejected: cannot run inside a transaction block
COMMIT;
REFRESH MATERIALIZED VIEW mv_order_total; -- expect: migration/refresh-concurrently
DROP INDEX idx_01_t_order; -- expect: migration/drop-index-concurrently
ALTER TABLE t_sale DETACH PARTITION t_sale_202401; -- expect: migration/detach-concurrently
CREATE TABLE t_sale_202402 PARTITION OF t_sale FOR VALUES FROM ('2024-02-01') TO ('2024-03-01'); -- expect: migration/attach-partition
