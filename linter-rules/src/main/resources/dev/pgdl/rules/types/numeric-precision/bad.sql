CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    discount_rate numeric, -- expect: types/numeric-precision public.t_sale.discount_rate "without precision and scale"
    sale_amount decimal(12) -- expect(ddl-only): types/numeric-precision public.t_sale.sale_amount "write numeric(12,s)" -- the catalog stores numeric(p) as numeric(p,0)
);
