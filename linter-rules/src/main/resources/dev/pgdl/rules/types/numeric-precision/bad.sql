CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    discount_rate numeric, -- expect: types/numeric-precision public.t_sale.discount_rate "without precision and scale"
    sale_amount decimal(12) -- expect: types/numeric-precision public.t_sale.sale_amount "write numeric(12,s)"
);
