-- rules: migration/attach-partition, migration/column-type-change, migration/concurrent-index, migration/concurrently-in-transaction, migration/constraint-not-valid, migration/destructive, migration/detach-concurrently, migration/drop-index-concurrently, migration/lock-timeout, migration/refresh-concurrently, migration/rename, migration/safe-not-null, migration/vacuum-full, migration/view-dependency, migration/volatile-default
-- Versions run past V9 so that a text sort (V1, V10, V11, V2 …) would put the changes before the tables.
CREATE TABLE t_order (
    order_id    integer NOT NULL,
    customer_id bigint NOT NULL,
    amount      integer,
    note        varchar(100) NOT NULL DEFAULT '',
    legacy_code varchar(10)
);
CREATE TABLE m_customer (customer_id bigint NOT NULL PRIMARY KEY, name varchar(100) NOT NULL DEFAULT '');
CREATE VIEW v_order_amount AS SELECT order_id, amount FROM t_order;
CREATE MATERIALIZED VIEW mv_order_total AS SELECT customer_id, sum(amount) AS total FROM t_order GROUP BY customer_id;
CREATE INDEX idx_01_t_order ON t_order (customer_id);
CREATE UNIQUE INDEX uk_mv_order_total ON mv_order_total (customer_id); -- REFRESH … CONCURRENTLY needs one
CREATE TABLE t_sale (sale_id bigint NOT NULL, sold_on date NOT NULL) PARTITION BY RANGE (sold_on);
CREATE TABLE t_sale_202401 PARTITION OF t_sale FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
