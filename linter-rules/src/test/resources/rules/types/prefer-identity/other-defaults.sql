CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL DEFAULT 'nextval',
    created_at timestamptz NOT NULL DEFAULT now(),
    order_uuid uuid NOT NULL DEFAULT gen_random_uuid()
);
