CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY,
    sold_at timestamptz NOT NULL,
    shop_cd varchar(4) NOT NULL,
    note varchar(1000),
    quantity integer NOT NULL,
    rate double precision,
    amount numeric(12, 2) NOT NULL,
    sold_on date NOT NULL
);
