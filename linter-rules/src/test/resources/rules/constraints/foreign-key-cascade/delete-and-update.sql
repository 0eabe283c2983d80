CREATE TABLE m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);
CREATE SCHEMA sales;
CREATE TABLE sales.t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL,
    CONSTRAINT "Fk_Item" FOREIGN KEY (item_id) REFERENCES m_item (item_id) ON DELETE CASCADE ON UPDATE CASCADE -- expect: constraints/foreign-key-cascade sales.t_order.Fk_Item "uses ON DELETE CASCADE, ON UPDATE CASCADE;"
);
CREATE TABLE t_stock (
    stock_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL REFERENCES m_item ON UPDATE CASCADE ON DELETE SET NULL, -- expect: constraints/foreign-key-cascade public.t_stock.t_stock_item_id_fkey "uses ON UPDATE CASCADE;"
    order_id bigint NOT NULL
);
ALTER TABLE t_stock ADD CONSTRAINT fk_stock_order FOREIGN KEY (order_id) REFERENCES sales.t_order (order_id) ON DELETE CASCADE; -- expect: constraints/foreign-key-cascade public.t_stock.fk_stock_order
ALTER TABLE t_stock ADD CONSTRAINT fk_stock_order_2 FOREIGN KEY (order_id) REFERENCES sales.t_order (order_id) ON DELETE NO ACTION ON UPDATE RESTRICT;
