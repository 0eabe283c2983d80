CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE m_unit_price (
    unit_price_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    EXCLUDE USING gist (item_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
);
CREATE UNIQUE INDEX uk_m_unit_price ON m_unit_price (item_id, end_date);
