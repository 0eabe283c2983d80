CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    item_name varchar(100) NOT NULL
);
CREATE VIEW v_m_item AS SELECT item_cd, item_name FROM m_item;
CREATE MATERIALIZED VIEW mv_m_item AS SELECT count(*) AS item_count FROM m_item;
