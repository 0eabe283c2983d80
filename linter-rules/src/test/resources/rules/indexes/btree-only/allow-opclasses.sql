-- options: { allow-opclasses: [ gin_trgm_ops ] }
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_name varchar(100) NOT NULL
);
CREATE INDEX idx_01_m_item ON m_item USING gin (item_name gin_trgm_ops);
CREATE INDEX idx_02_m_item ON m_item USING gin (item_name gin_bigm_ops); -- expect: indexes/btree-only public.idx_02_m_item "gin" -- rejected: does not exist -- pg_bigm is not installed on the test server
