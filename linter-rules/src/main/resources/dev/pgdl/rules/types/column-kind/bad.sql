CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ordered_at date NOT NULL, -- expect: types/column-kind public.t_order.ordered_at "its name says it is timestamptz"
    item_code integer NOT NULL, -- expect: types/column-kind public.t_order.item_code "varchar(n)"
    order_status_typ varchar(2) DEFAULT '00' -- expect: types/column-kind public.t_order.order_status_typ "NOT NULL"
);
