CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_cd varchar(20) NOT NULL
);
CREATE INDEX idx_01_t_order ON t_order USING hash (order_cd); -- expect: indexes/btree-only public.idx_01_t_order "uses the hash method; use btree"
