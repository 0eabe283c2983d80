CREATE TABLE t_sale (
    sale_id bigint NOT NULL,
    sold_on date NOT NULL
) PARTITION BY RANGE (sold_on);
ALTER TABLE t_sale ADD PRIMARY KEY (sale_id, sold_on);
CREATE TABLE t_sale_2024 PARTITION OF t_sale FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TEMP TABLE tmp_sale (sale_cd varchar(20) NOT NULL);
CREATE SCHEMA sales;
CREATE TABLE sales."T_Log" ( -- expect: constraints/require-primary-key sales.T_Log "Table sales.T_Log has no primary key; add one"
    logged_on date NOT NULL
) PARTITION BY RANGE (logged_on);
CREATE TABLE sales.t_log_2024 PARTITION OF sales."T_Log" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE m_item (item_cd varchar(20) NOT NULL UNIQUE); -- expect: constraints/require-primary-key public.m_item
