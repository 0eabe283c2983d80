CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY,
    sold_on date NOT NULL
) PARTITION BY RANGE (sold_on);
