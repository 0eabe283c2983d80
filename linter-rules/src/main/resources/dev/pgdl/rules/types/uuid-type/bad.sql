CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_uuid varchar(36) NOT NULL -- expect: types/uuid-type public.t_order.order_uuid "holds UUIDs as character varying(36)"
);
