-- options: { tenant-column: company_id }
CREATE TABLE t_order ( -- expect: security/tenant-rls public.t_order "company_id"
    company_id bigint NOT NULL,
    tenant_id bigint NOT NULL
);
CREATE TABLE t_invoice (tenant_id bigint NOT NULL);
