CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    item_name varchar(100) NOT NULL
);
CREATE VIEW v_item AS -- expect(ddl-only): views/no-select-star public.v_item "selects *" -- the catalog keeps the query with * expanded
    SELECT * FROM m_item;
