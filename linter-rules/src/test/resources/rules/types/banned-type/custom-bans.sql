-- options: { banned: [ { type: money, use: "numeric(p,s)" }, { type: json, use: jsonb } ] }
CREATE TABLE t_sale (
    sold_at timestamp NOT NULL,
    note text,
    amount money NOT NULL, -- expect: types/banned-type public.t_sale.amount "Column amount uses money; use numeric(p,s)."
    payload json, -- expect: types/banned-type public.t_sale.payload "use jsonb"
    weight float8 -- expect(ddl-only): types/banned-type public.t_sale.weight "write double precision" -- the catalog keeps double precision, not how it was spelled
);
