CREATE SCHEMA base;
CREATE TABLE base.common_columns (
    created_at timestamptz NOT NULL
);
CREATE TABLE "Audit" (
    audited_by varchar(64)
);
CREATE TABLE t_order ( -- expect: tables/no-inheritance public.t_order "inherits from base.common_columns, public.Audit"
    order_cd varchar(20) NOT NULL
) INHERITS (base.common_columns, "Audit");
CREATE TABLE t_sale (
    sale_cd varchar(20) NOT NULL,
    sold_on date NOT NULL
) PARTITION BY LIST (sale_cd);
CREATE TABLE t_sale_a PARTITION OF t_sale FOR VALUES IN ('A');
