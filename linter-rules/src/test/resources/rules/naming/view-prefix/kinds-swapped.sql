CREATE SCHEMA report;
CREATE TABLE m_item (item_cd varchar(10) NOT NULL);
CREATE VIEW report.mv_item AS SELECT item_cd FROM m_item; -- expect: naming/view-prefix report.mv_item "View mv_item does not start with v_"
CREATE MATERIALIZED VIEW report.v_item AS SELECT item_cd FROM m_item; -- expect: naming/view-prefix report.v_item "Materialized view v_item"
CREATE OR REPLACE VIEW "V_Item" AS SELECT item_cd FROM m_item; -- expect: naming/view-prefix public.V_Item
