-- options: { tenant-column: tenant_id }
CREATE SCHEMA sales;
CREATE TABLE sales.t_order ( -- expect: security/tenant-rls sales.t_order "enables row level security but has no policy"
    tenant_id bigint NOT NULL,
    order_id bigint NOT NULL
);
ALTER TABLE sales.t_order ENABLE ROW LEVEL SECURITY;
CREATE TABLE t_sale (
    tenant_id bigint NOT NULL,
    sold_on date NOT NULL
) PARTITION BY RANGE (sold_on);
CREATE TABLE t_sale_202401 PARTITION OF t_sale FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
ALTER TABLE t_sale ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON t_sale USING (tenant_id = current_setting('app.tenant_id')::bigint);
CREATE TABLE "T_Tenant_Note" ( -- expect: security/tenant-rls public.T_Tenant_Note "does not enable"
    tenant_id bigint NOT NULL
);
CREATE TEMP TABLE tmp_order (tenant_id bigint NOT NULL);
CREATE TABLE m_currency (currency_cd char(3) NOT NULL);
