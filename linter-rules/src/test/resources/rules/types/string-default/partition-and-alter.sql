CREATE SCHEMA sales;
CREATE TABLE sales.t_sale (
    sold_on date NOT NULL,
    shop_name varchar(100) -- expect: types/string-default sales.t_sale.shop_name
) PARTITION BY RANGE (sold_on);
CREATE TABLE sales.t_sale_2024 PARTITION OF sales.t_sale FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE sales.t_sale ADD COLUMN note varchar(10) NOT NULL DEFAULT ''; 
