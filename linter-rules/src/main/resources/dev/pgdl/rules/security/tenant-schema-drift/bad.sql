-- options: { tenant-schemas: "tenant_*" }
CREATE SCHEMA tenant_a;
CREATE SCHEMA tenant_b;
CREATE TABLE tenant_a.t_order (
    order_id bigint NOT NULL,
    order_cd varchar(20) NOT NULL
);
CREATE TABLE tenant_b.t_order ( -- expect: security/tenant-schema-drift tenant_b.t_order "lacks column order_cd"
    order_id bigint NOT NULL,
    trial_flag boolean -- expect: security/tenant-schema-drift tenant_b.t_order.trial_flag "does not exist in the reference schema tenant_a"
);
