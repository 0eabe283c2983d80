CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY,
    sold_on date NOT NULL,
    PRIMARY KEY (sold_on, sale_id)
) PARTITION BY RANGE (sold_on);
CREATE TABLE t_sale_2024 PARTITION OF t_sale FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE t_log (
    logged_on date NOT NULL,
    log_cd varchar(20) NOT NULL,
    PRIMARY KEY (logged_on, log_cd) -- expect: constraints/surrogate-key public.t_log.t_log_pkey "(logged_on, log_cd)"
) PARTITION BY RANGE (logged_on);
CREATE TABLE t_event (event_id uuid PRIMARY KEY);
CREATE TABLE t_legacy (legacy_id bigserial PRIMARY KEY);
CREATE TABLE m_employee (employee_no varchar(10) PRIMARY KEY);
CREATE TABLE m_price (
    item_id bigint NOT NULL,
    end_date date NOT NULL,
    start_date date NOT NULL,
    CONSTRAINT pk_m_price PRIMARY KEY (item_id, end_date) -- expect: constraints/surrogate-key public.m_price.pk_m_price
);
CREATE TABLE t_no_key (order_cd varchar(20) NOT NULL);
CREATE SCHEMA sales;
CREATE TABLE sales."t_Order" ("Order_Cd" varchar(20) PRIMARY KEY); -- expect: constraints/surrogate-key sales.t_Order.t_Order_pkey "Table sales.t_Order has the primary key ("
