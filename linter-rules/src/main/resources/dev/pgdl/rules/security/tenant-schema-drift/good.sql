-- options: { tenant-schemas: "tenant_*" }
CREATE SCHEMA tenant_a;
CREATE SCHEMA tenant_b;
CREATE TABLE tenant_a.t_order (
    order_id bigint NOT NULL,
    order_cd varchar(20) NOT NULL
);
CREATE TABLE tenant_b.t_order (
    order_id bigint NOT NULL,
    order_cd varchar(20) NOT NULL
);
