CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    item_name varchar(100) NOT NULL
);
CREATE TABLE m_old_item (
    item_cd varchar(10) NOT NULL,
    item_name varchar(100) NOT NULL
);
CREATE VIEW "V_Item" AS -- expect(ddl-only): views/no-select-star public.V_Item -- the catalog keeps the query with * expanded
    SELECT i.* FROM m_item i;
CREATE MATERIALIZED VIEW mv_all_item AS -- expect(ddl-only): views/no-select-star public.mv_all_item -- the catalog keeps the query with * expanded
    SELECT item_cd, item_name FROM m_item UNION ALL SELECT * FROM m_old_item;
CREATE VIEW v_item_count AS
    SELECT count(*) AS items FROM m_item;
CREATE VIEW v_item_cd AS
    SELECT item_cd FROM m_item WHERE item_cd IN (SELECT item_cd FROM m_old_item);
