CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL,
    order_state_kbn varchar(2) NOT NULL
);
