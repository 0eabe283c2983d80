CREATE TABLE t_sale (
    sale_cd varchar(20) NOT NULL,
    sold_on date NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(), -- expect: tables/common-column-default public.t_sale.created_at "clock_timestamp()"
    updated_at timestamp NOT NULL DEFAULT LOCALTIMESTAMP -- expect: tables/common-column-default public.t_sale.updated_at "LOCALTIMESTAMP"
) PARTITION BY RANGE (sold_on);
CREATE TABLE t_sale_2024 PARTITION OF t_sale FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "T_Item" (
    item_cd varchar(20) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT '2000-01-01 00:00:00+00',
    updated_at timestamptz NOT NULL,
    sold_at timestamptz NOT NULL DEFAULT now(),
    "created_at " timestamptz DEFAULT now()
);
CREATE SCHEMA sales;
CREATE TABLE sales.t_receipt (
    receipt_cd varchar(20) NOT NULL,
    updated_at timestamptz NOT NULL -- expect: tables/common-column-default sales.t_receipt.updated_at "transaction_timestamp()"
);
-- a finding sits on the column's declaration, also for a DEFAULT set later
ALTER TABLE sales.t_receipt ALTER COLUMN updated_at SET DEFAULT transaction_timestamp();
