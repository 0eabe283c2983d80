CREATE TABLE t_order (
    order_id bigint NOT NULL,
    order_no varchar(20) NOT NULL,
    ordered_at timestamptz NOT NULL,
    CONSTRAINT pk_t_order PRIMARY KEY (order_id),
    CONSTRAINT uk_t_order UNIQUE (order_no)
);
CREATE INDEX idx_01_t_order ON t_order (ordered_at);
CREATE INDEX i02_t_order ON t_order (order_no, ordered_at);
