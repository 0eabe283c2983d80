CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL,
    shop_cd varchar(10) NOT NULL,
    ordered_on date NOT NULL
) PARTITION BY RANGE (ordered_on);
CREATE TABLE t_order_2024 PARTITION OF t_order FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
