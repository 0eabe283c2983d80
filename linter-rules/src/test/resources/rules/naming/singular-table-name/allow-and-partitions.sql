-- options: { allow: [ goods ] }
CREATE TABLE m_goods (goods_cd varchar(10) NOT NULL);
CREATE TABLE m_status (status_cd varchar(2) NOT NULL); -- expect: naming/singular-table-name public.m_status "plural word status"
CREATE TABLE t_sales ( -- expect: naming/singular-table-name public.t_sales "use the singular sale"
    sale_cd varchar(20) NOT NULL,
    sold_on date NOT NULL
) PARTITION BY RANGE (sold_on);
CREATE TABLE t_sales_2024s PARTITION OF t_sales FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
