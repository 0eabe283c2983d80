-- options: { patterns: { primary-key: "{table}_pk", unique: "{table}_uk{nn}", index: "{table}_ix{nn}" } }
CREATE TABLE t_order (
    order_id bigint NOT NULL,
    order_no varchar(20) NOT NULL,
    CONSTRAINT t_order_pk PRIMARY KEY (order_id),
    CONSTRAINT uk_t_order UNIQUE (order_no) -- expect: naming/index-name public.t_order.uk_t_order "rename it to one of t_order_uk{nn}"
);
CREATE INDEX t_order_ix1 ON t_order (order_no);
CREATE UNIQUE INDEX t_order_uk2 ON t_order (lower(order_no));
CREATE INDEX idx_01_t_order ON t_order (order_id, order_no); -- expect: naming/index-name public.idx_01_t_order "t_order_ix{nn}"
