-- options: { periods: [ { start: valid_from, end: valid_to } ] }
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA sales;
CREATE TABLE sales.m_price ( -- expect: constraints/period-table sales.m_price "Period table sales.m_price has no unique key that includes valid_to and not valid_from"
    price_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL,
    valid_from date, -- expect: constraints/period-table sales.m_price.valid_from
    valid_to date NOT NULL,
    CONSTRAINT uk_price UNIQUE (item_id, valid_from, valid_to),
    EXCLUDE USING gist (item_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);
CREATE TABLE m_unit_price (
    unit_price_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    start_date date,
    end_date date
);
