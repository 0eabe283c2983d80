-- options: { tenant-schemas: "tenant_?", reference: tenant_template }
CREATE SCHEMA tenant_template;
CREATE SCHEMA tenant_1;
CREATE SCHEMA tenant_2;
CREATE SCHEMA tenant_10;
CREATE TABLE tenant_template.t_order (
    order_id serial NOT NULL,
    "Order_CD" varchar(20) NOT NULL
);
CREATE TABLE tenant_1.t_order (
    order_id serial NOT NULL,
    "Order_CD" varchar(20) NOT NULL
);
CREATE TABLE tenant_2.t_order ( -- expect: security/tenant-schema-drift tenant_2.t_order "lacks column Order_CD"
    order_id serial NOT NULL,
    order_cd varchar(20) NOT NULL -- expect: security/tenant-schema-drift tenant_2.t_order.order_cd "does not exist in the reference schema tenant_template"
);
CREATE TABLE tenant_10.t_order (order_id bigint NOT NULL);
