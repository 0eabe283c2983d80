CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_date date NOT NULL,
    is_gift boolean NOT NULL DEFAULT false,
    shipped_at timestamptz
);
