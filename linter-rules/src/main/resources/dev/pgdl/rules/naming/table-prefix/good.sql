CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL
);
CREATE TABLE t_sale (
    sale_cd varchar(20) NOT NULL,
    sold_on date NOT NULL
) PARTITION BY RANGE (sold_on);
CREATE TABLE sale_2024 PARTITION OF t_sale FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE hist_sale (
    sale_cd varchar(20) NOT NULL
);
CREATE TEMPORARY TABLE tmp_item (
    item_cd varchar(10) NOT NULL
);
CREATE TABLE flyway_schema_history (
    installed_rank integer NOT NULL
);
