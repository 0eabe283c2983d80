CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery date NOT NULL, -- expect: naming/column-suffix public.t_order.delivery "rename it to match _date$"
    gift boolean NOT NULL DEFAULT false -- expect: naming/column-suffix public.t_order.gift "^(is|has)_"
);
