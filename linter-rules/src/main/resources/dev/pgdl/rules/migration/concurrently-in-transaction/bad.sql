-- file: V1__create_order.sql
CREATE TABLE t_order (
    order_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    amount      integer,
    note        varchar(100) NOT NULL DEFAULT ''
);
-- file: V2__index_customer.sql
BEGIN;
CREATE INDEX CONCURRENTLY idx_01_t_order ON t_order (customer_id); -- expect: migration/concurrently-in-transaction -- rejected: cannot run inside a transaction block
COMMIT;
