CREATE SCHEMA sales;
CREATE TABLE sales.t_order_details (detail_no integer NOT NULL); -- expect: naming/singular-table-name sales.t_order_details "use the singular detail"
CREATE TABLE "T_Order_Lines" (line_no integer NOT NULL); -- expect: naming/singular-table-name public.T_Order_Lines "plural word lines"
CREATE TABLE m_child (child_cd varchar(10) NOT NULL);
CREATE TABLE m_children (child_cd varchar(10) NOT NULL); -- expect: naming/singular-table-name public.m_children "use the singular child"
CREATE TEMP TABLE tmp_items (item_cd varchar(10) NOT NULL); -- expect: naming/singular-table-name pg_temp.tmp_items "item"
CREATE TABLE orders (order_id bigint NOT NULL); -- expect: naming/singular-table-name public.orders "use the singular order"
