-- file: V1__create_order.sql
CREATE TABLE t_order (
    order_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    amount      integer,
    note        varchar(100) NOT NULL DEFAULT ''
);
CREATE VIEW v_order_amount AS SELECT order_id, amount FROM t_order;
-- file: V2__amount_bigint.sql
SET lock_timeout = '5s';
ALTER TABLE t_order ALTER COLUMN amount TYPE bigint; -- expect: migration/view-dependency -- rejected: cannot alter type of a column used by a view or rule
