-- target-postgres: 15
CREATE SCHEMA sales;
CREATE TABLE sales.m_customer (
    customer_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_cd varchar(20),
    mail_address varchar(256)
);
CREATE UNIQUE INDEX uk_m_customer ON sales.m_customer (customer_cd, mail_address) WHERE customer_id > 0; -- expect: constraints/unique-nullable sales.uk_m_customer "Unique key uk_m_customer on sales.m_customer lets rows with NULL in customer_cd, mail_address repeat; add NULLS NOT DISTINCT"
CREATE UNIQUE INDEX uk_m_customer_02 ON sales.m_customer (customer_cd) NULLS NOT DISTINCT;
