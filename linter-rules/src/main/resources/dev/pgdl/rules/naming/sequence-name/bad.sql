CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY,
    slip_no bigint NOT NULL
);
CREATE SEQUENCE order_slip_no_seq; -- expect: naming/sequence-name public.order_slip_no_seq "does not follow the naming rule seq_{table}_{nn}"
