-- file: V1__create_order.sql
CREATE TABLE t_order (
    order_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    amount      integer,
    note        varchar(100) NOT NULL DEFAULT ''
);
CREATE MATERIALIZED VIEW mv_order_total AS SELECT customer_id, sum(amount) AS total FROM t_order GROUP BY customer_id;
-- file: V2__refresh.sql
REFRESH MATERIALIZED VIEW mv_order_total; -- expect: migration/refresh-concurrently
