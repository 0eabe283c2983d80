CREATE SCHEMA sales;
CREATE TABLE sales.m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    price money
);
