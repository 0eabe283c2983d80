CREATE TABLE t_stock (
    stock_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stock_count integer NOT NULL DEFAULT 0, -- expect: types/no-zero-default public.t_stock.stock_count "has DEFAULT 0"
    lock_no bigint NOT NULL DEFAULT 1
);
