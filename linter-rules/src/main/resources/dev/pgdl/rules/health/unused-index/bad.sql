-- options: {min-size-mb: 0}
CREATE TABLE t_order (order_id bigint NOT NULL, customer_id bigint NOT NULL);
CREATE INDEX idx_01_t_order ON t_order (customer_id); -- expect: health/unused-index public.idx_01_t_order "has never been scanned"
