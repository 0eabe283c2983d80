CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    ordered_on date NOT NULL
);
CREATE INDEX idx_01_t_order ON t_order (customer_id, ordered_on);
CREATE INDEX idx_02_t_order ON t_order (customer_id); -- expect: indexes/duplicate public.idx_02_t_order "covered by idx_01_t_order"
