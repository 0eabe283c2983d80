CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY,
    sold_on date -- expect: constraints/partition-key-not-null public.t_sale.sold_on "declare it NOT NULL"
) PARTITION BY RANGE (sold_on);
