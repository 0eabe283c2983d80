-- options: { pattern: "seq_{table}_{column}" }
CREATE TABLE t_order (
    order_id bigint NOT NULL,
    slip_no bigint NOT NULL
);
CREATE SEQUENCE seq_t_order_slip_no OWNED BY t_order.slip_no;
CREATE SEQUENCE seq_t_order_order_id OWNED BY t_order.slip_no; -- expect: naming/sequence-name public.seq_t_order_order_id "seq_{table}_{column}"
CREATE SEQUENCE seq_t_order_slip_no_2; -- expect: naming/sequence-name public.seq_t_order_slip_no_2
CREATE SEQUENCE seq_t_order_order_no; -- expect: naming/sequence-name public.seq_t_order_order_no
CREATE SEQUENCE seq_t_order_01; -- expect: naming/sequence-name public.seq_t_order_01
CREATE SEQUENCE seq_t_order_order_id_3 OWNED BY t_order.order_id; -- expect: naming/sequence-name public.seq_t_order_order_id_3
CREATE SEQUENCE seq_t_order_order_id_seq; -- expect: naming/sequence-name public.seq_t_order_order_id_seq
CREATE TABLE t_item (item_cd varchar(10) NOT NULL);
CREATE SEQUENCE seq_t_item_item_cd;
