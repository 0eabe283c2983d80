CREATE SCHEMA "Sales";
CREATE TABLE "Sales".t_order ( -- the schema name itself is not checked
    order_id bigint NOT NULL,
    "orderDate" date NOT NULL, -- expect: naming/snake-case Sales.t_order.orderDate "rename it to order_date"
    "order-note" varchar(100), -- expect: naming/snake-case Sales.t_order.order-note "rename it to order_note"
    "2nd_note" varchar(100), -- expect: naming/snake-case Sales.t_order.2nd_note
    CONSTRAINT "PK_Order" PRIMARY KEY (order_id)
);
CREATE INDEX "IDX_01_t_order" ON "Sales".t_order (order_id); -- expect: naming/snake-case Sales.IDX_01_t_order "rename it to idx_01_t_order"
CREATE VIEW "V_Order" AS SELECT order_id FROM "Sales".t_order; -- expect: naming/snake-case public.V_Order
CREATE SEQUENCE "Seq_Order_01"; -- expect: naming/snake-case public.Seq_Order_01 "seq_order_01"
CREATE TYPE "Mood" AS ENUM ('sad', 'happy'); -- expect: naming/snake-case public.Mood
CREATE DOMAIN "PostalCode" AS varchar(8); -- expect: naming/snake-case public.PostalCode "postal_code"
CREATE FUNCTION "CalcTax"(amount numeric) RETURNS numeric LANGUAGE sql AS 'SELECT amount * 0.1'; -- expect: naming/snake-case public.CalcTax "calc_tax"
