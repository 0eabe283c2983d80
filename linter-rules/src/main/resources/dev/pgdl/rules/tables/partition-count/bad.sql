-- options: { max: 2 }
CREATE TABLE t_order ( -- expect: tables/partition-count public.t_order "has 3 partitions, more than 2"
    order_cd varchar(20) NOT NULL,
    ordered_on date NOT NULL
) PARTITION BY RANGE (ordered_on);
CREATE TABLE t_order_20241026 PARTITION OF t_order FOR VALUES FROM ('2024-10-26') TO ('2024-10-27');
CREATE TABLE t_order_20241027 PARTITION OF t_order FOR VALUES FROM ('2024-10-27') TO ('2024-10-28');
CREATE TABLE t_order_20241028 PARTITION OF t_order FOR VALUES FROM ('2024-10-28') TO ('2024-10-29');
