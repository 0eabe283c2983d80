CREATE TABLE t_sale ( -- expect: tables/partition-range-for-dates public.t_sale "partitioned by HASH on the date column sold_at"
    sale_cd varchar(20) NOT NULL,
    sold_at timestamptz NOT NULL
) PARTITION BY HASH (sold_at);
CREATE TABLE t_sale_0 PARTITION OF t_sale FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE SCHEMA sales;
CREATE TABLE sales."T_Summary" ( -- expect: tables/partition-range-for-dates sales.T_Summary "on the date column sales_ym"
    shop_cd varchar(10) NOT NULL,
    sales_ym varchar(6) NOT NULL
) PARTITION BY LIST (shop_cd, sales_ym); -- rejected: partition strategy with more than one column
CREATE TABLE t_shop_sale (
    shop_cd varchar(10) NOT NULL,
    sold_on date NOT NULL
) PARTITION BY LIST (shop_cd);
CREATE TABLE t_event (
    event_cd varchar(10) NOT NULL,
    occurred_at timestamp NOT NULL
) PARTITION BY LIST ((occurred_at::date));
CREATE TABLE t_log (
    log_id bigint NOT NULL,
    logged_at timestamp NOT NULL
) PARTITION BY RANGE (logged_at);
