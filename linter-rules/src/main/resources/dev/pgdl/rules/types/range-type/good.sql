CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE m_unit_price (
    unit_price_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id varchar(50) NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    CONSTRAINT uk_m_unit_price UNIQUE (item_id, end_date),
    EXCLUDE USING gist (item_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
);
