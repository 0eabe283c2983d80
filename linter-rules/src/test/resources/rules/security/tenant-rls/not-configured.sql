CREATE TABLE t_order (
    tenant_id bigint NOT NULL,
    order_id bigint NOT NULL
);
