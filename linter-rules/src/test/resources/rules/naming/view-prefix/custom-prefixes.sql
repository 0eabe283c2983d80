-- options: { view-prefix: vw_, materialized-view-prefix: mvw_ }
CREATE TABLE m_item (item_cd varchar(10) NOT NULL);
CREATE VIEW vw_item AS SELECT item_cd FROM m_item;
CREATE VIEW v_item AS SELECT item_cd FROM m_item; -- expect: naming/view-prefix public.v_item "does not start with vw_"
CREATE MATERIALIZED VIEW mvw_item AS SELECT item_cd FROM m_item;
CREATE MATERIALIZED VIEW mv_item AS SELECT item_cd FROM m_item; -- expect: naming/view-prefix public.mv_item "does not start with mvw_"
