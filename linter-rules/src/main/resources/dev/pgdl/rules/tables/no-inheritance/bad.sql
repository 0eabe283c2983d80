CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL,
    ordered_on date NOT NULL
);
CREATE TABLE t_order_2024 ( -- expect: tables/no-inheritance public.t_order_2024 "inherits from public.t_order"
    CHECK (ordered_on >= DATE '2024-01-01' AND ordered_on < DATE '2025-01-01')
) INHERITS (t_order);
