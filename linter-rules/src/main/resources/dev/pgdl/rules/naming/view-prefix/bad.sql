CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    item_name varchar(100) NOT NULL
);
CREATE VIEW item_names AS SELECT item_cd, item_name FROM m_item; -- expect: naming/view-prefix public.item_names "rename it to v_item_names"
CREATE MATERIALIZED VIEW v_item_count AS SELECT count(*) AS item_count FROM m_item; -- expect: naming/view-prefix public.v_item_count "Materialized view v_item_count does not start with mv_"
