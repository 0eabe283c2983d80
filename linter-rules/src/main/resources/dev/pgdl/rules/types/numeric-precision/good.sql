CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    discount_rate numeric(5,4),
    sale_amount decimal(12, 0)
);
