CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA sales;
CREATE TABLE sales.m_price (
    price_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL,
    note varchar(200) NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    EXCLUDE USING gist (item_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
);
CREATE INDEX "Idx_Note" ON sales.m_price USING GIN (note gin_bigm_ops); -- rejected: does not exist -- pg_bigm is not installed on the test server
CREATE INDEX idx_02_m_price ON sales.m_price USING brin (start_date); -- expect: indexes/btree-only sales.idx_02_m_price "Index idx_02_m_price on sales.m_price uses the brin method"
CREATE INDEX idx_03_m_price ON sales.m_price USING btree (end_date);
CREATE INDEX idx_04_m_price ON sales.m_price USING gist (item_id); -- expect: indexes/btree-only sales.idx_04_m_price "gist"
