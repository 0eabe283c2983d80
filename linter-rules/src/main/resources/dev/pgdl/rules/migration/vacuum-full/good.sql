-- file: V1__create_order.sql
CREATE TABLE t_order (
    order_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    amount      integer,
    note        varchar(100) NOT NULL DEFAULT ''
);
-- file: V2__analyze.sql
VACUUM (ANALYZE) t_order;
