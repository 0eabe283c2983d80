CREATE TABLE t_sale_detail (
    sale_detail_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_price numeric(10,2) NOT NULL,
    quantity integer NOT NULL,
    amount numeric(12,2) GENERATED ALWAYS AS (unit_price * quantity) STORED -- expect: types/generated-column public.t_sale_detail.amount "generated from unit_price * quantity"
);
