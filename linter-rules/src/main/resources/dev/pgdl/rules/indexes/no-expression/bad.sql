CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_price numeric(10,2) NOT NULL,
    quantity integer NOT NULL
);
CREATE INDEX idx_01_t_order ON t_order ((unit_price * quantity)); -- expect: indexes/no-expression public.idx_01_t_order "indexes the expression unit_price * quantity;"
