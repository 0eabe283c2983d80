CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL,
    shop_cd varchar(10) NOT NULL,
    ordered_on date NOT NULL
) PARTITION BY RANGE (ordered_on);
CREATE TABLE t_order_2024 PARTITION OF t_order -- expect: tables/no-subpartition public.t_order_2024 "Partition public.t_order_2024 of public.t_order is itself partitioned"
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (shop_cd);
CREATE TABLE t_order_2024_tokyo PARTITION OF t_order_2024 FOR VALUES IN ('TKY');
