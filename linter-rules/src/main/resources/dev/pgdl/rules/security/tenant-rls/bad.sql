-- options: { tenant-column: tenant_id }
CREATE TABLE t_order ( -- expect: security/tenant-rls public.t_order "does not enable row level security"
    tenant_id bigint NOT NULL,
    order_id bigint NOT NULL
);
