CREATE SCHEMA sales;
CREATE TABLE sales.t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note text
);
CREATE TABLE public.t_outside (
    outside_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    remark text
);
