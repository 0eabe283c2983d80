CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, -- expect: tables/common-column-default public.t_order.created_at "defaults to CURRENT_TIMESTAMP"
    updated_at timestamptz NOT NULL DEFAULT now() -- expect: tables/common-column-default public.t_order.updated_at "defaults to now()"
);
