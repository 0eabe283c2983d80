CREATE TABLE t_order (
    order_id bigint NOT NULL PRIMARY KEY, -- expect: naming/index-name public.t_order.t_order_pkey "rename it to pk_t_order"
    order_no varchar(20) NOT NULL,
    ordered_at timestamptz NOT NULL,
    CONSTRAINT t_order_order_no_key UNIQUE (order_no) -- expect: naming/index-name public.t_order.t_order_order_no_key "uk_t_order"
);
CREATE INDEX t_order_ordered_at_idx ON t_order (ordered_at); -- expect: naming/index-name public.t_order_ordered_at_idx "idx_{nn}_t_order"
