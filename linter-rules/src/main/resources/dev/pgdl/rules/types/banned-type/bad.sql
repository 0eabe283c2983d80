CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY,
    sold_at timestamp NOT NULL, -- expect: types/banned-type public.t_sale.sold_at "use timestamptz"
    shop_cd char(4) NOT NULL, -- expect: types/banned-type public.t_sale.shop_cd "uses character(4); use varchar(n)"
    note text, -- expect: types/banned-type public.t_sale.note "varchar(n)"
    memo varchar, -- expect: types/banned-type public.t_sale.memo "uses character varying; use varchar(n)"
    quantity smallint NOT NULL, -- expect: types/banned-type public.t_sale.quantity "integer or bigint"
    rate real, -- expect: types/banned-type public.t_sale.rate "use double precision"
    amount money NOT NULL, -- expect: types/banned-type public.t_sale.amount "numeric(p,s)"
    weight float8 -- expect(ddl-only): types/banned-type public.t_sale.weight "write double precision" -- the catalog keeps double precision, not how it was spelled
);
