CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    is_verified boolean NOT NULL DEFAULT false -- expect: types/boolean-alternative public.t_order.is_verified "such as verified_at"
);
