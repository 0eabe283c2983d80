CREATE SCHEMA sales;
CREATE TABLE sales.t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_cd varchar(20) NOT NULL,
    is_deleted boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX "Uk_Order" ON sales.t_order (order_cd) WHERE NOT is_deleted; -- expect: indexes/no-partial sales.Uk_Order "Index Uk_Order on sales.t_order is partial (WHERE NOT is_deleted)"
CREATE INDEX idx_01_t_order ON sales.t_order (order_cd);
