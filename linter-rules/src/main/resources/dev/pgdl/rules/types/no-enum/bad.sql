CREATE TYPE order_state AS ENUM ('pending', 'shipped', 'delivered'); -- expect: types/no-enum public.order_state "ENUM type public.order_state is prohibited"
CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL,
    order_state order_state NOT NULL -- expect: types/no-enum public.t_order.order_state "has the ENUM type public.order_state"
);
