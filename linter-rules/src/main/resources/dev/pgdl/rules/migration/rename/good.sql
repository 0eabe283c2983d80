-- file: V1__create_order.sql
CREATE TABLE t_order (
    order_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    amount      integer,
    note        varchar(100) NOT NULL DEFAULT ''
);
-- file: V2__add_memo.sql
SET lock_timeout = '5s';
ALTER TABLE t_order ADD COLUMN memo varchar(100) NOT NULL DEFAULT '';
