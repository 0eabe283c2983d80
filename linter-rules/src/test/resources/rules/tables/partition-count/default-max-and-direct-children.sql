-- options: { max: 1 }
CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL,
    shop_cd varchar(10) NOT NULL,
    ordered_on date NOT NULL
) PARTITION BY RANGE (ordered_on);
CREATE TABLE t_order_2024 PARTITION OF t_order FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (shop_cd);
CREATE TABLE t_order_2024_a PARTITION OF t_order_2024 FOR VALUES IN ('A');
CREATE TABLE "T_Sale" ( -- expect: tables/partition-count public.T_Sale "has 2 partitions, more than 1"
    sale_cd varchar(20) NOT NULL,
    sold_on date NOT NULL
) PARTITION BY RANGE (sold_on);
CREATE TABLE t_sale_2024 PARTITION OF "T_Sale" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE t_sale_default PARTITION OF "T_Sale" DEFAULT;
