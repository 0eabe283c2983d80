CREATE TABLE t_order (
    order_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- expect: types/identity-bigint public.t_order.order_id "Identity column order_id is integer"
    order_cd varchar(20) NOT NULL
);
