CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY,
    line_id serial NOT NULL,
    slip_no bigint NOT NULL
);
CREATE SEQUENCE seq_t_order_01 OWNED BY t_order.slip_no;
