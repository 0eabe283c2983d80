CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note text,
    ordered_at timestamp NOT NULL
);
