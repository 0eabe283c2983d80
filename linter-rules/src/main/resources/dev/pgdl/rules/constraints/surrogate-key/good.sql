CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_cd varchar(20) NOT NULL,
    order_no integer NOT NULL
);
CREATE UNIQUE INDEX uk_t_order ON t_order (customer_cd, order_no);
