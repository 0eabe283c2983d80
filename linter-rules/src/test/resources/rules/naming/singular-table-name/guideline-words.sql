-- sales is a mass noun (売上) in the guideline's own table names, such as hist_sales
CREATE TABLE hist_sales (sales_date date NOT NULL);
CREATE TABLE t_orders (order_id bigint NOT NULL); -- expect: naming/singular-table-name public.t_orders
