CREATE TABLE t_order ( -- expect: tables/partition-range-for-dates public.t_order "partitioned by LIST on the date column ordered_on"
    order_cd varchar(20) NOT NULL,
    ordered_on date NOT NULL
) PARTITION BY LIST (ordered_on);
CREATE TABLE t_order_20241026 PARTITION OF t_order FOR VALUES IN ('2024-10-26');
