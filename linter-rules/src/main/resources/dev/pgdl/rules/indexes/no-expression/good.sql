CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_price numeric(10,2) NOT NULL,
    quantity integer NOT NULL,
    total_amount numeric(12,2) NOT NULL
);
CREATE INDEX idx_01_t_order ON t_order (total_amount);
