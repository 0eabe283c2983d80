-- options: { tenant-column: tenant_id }
CREATE TABLE t_order (
    tenant_id bigint NOT NULL,
    order_id bigint NOT NULL
);
ALTER TABLE t_order ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON t_order
    USING (tenant_id = current_setting('app.tenant_id')::bigint);
