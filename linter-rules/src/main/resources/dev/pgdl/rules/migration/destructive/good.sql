-- file: V1__create_order.sql
CREATE TABLE t_order (
    order_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    amount      integer,
    note        varchar(100) NOT NULL DEFAULT ''
);
CREATE TABLE w_import (line varchar(1000) NOT NULL DEFAULT '');
DROP TABLE w_import;
