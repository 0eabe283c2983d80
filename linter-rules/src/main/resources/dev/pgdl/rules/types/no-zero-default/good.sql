CREATE TABLE t_stock (
    stock_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stock_count integer NOT NULL,
    lock_no bigint NOT NULL DEFAULT 1
);
