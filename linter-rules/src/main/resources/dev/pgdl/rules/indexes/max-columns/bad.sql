CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    shop_id bigint NOT NULL,
    ordered_on date NOT NULL,
    status_typ varchar(2) NOT NULL
);
CREATE INDEX idx_01_t_order ON t_order (customer_id, shop_id, ordered_on, status_typ); -- expect: indexes/max-columns public.idx_01_t_order "has 4 key columns, more than 3"
