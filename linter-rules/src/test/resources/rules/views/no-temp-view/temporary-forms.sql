CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL
);
CREATE TEMPORARY VIEW "V_Item_Tmp" AS -- expect: views/no-temp-view "Temporary view V_Item_Tmp"
    SELECT item_cd FROM m_item;
CREATE OR REPLACE TEMP VIEW v_item_tmp2 AS -- expect: views/no-temp-view
    SELECT item_cd FROM m_item;
CREATE VIEW v_item AS
    SELECT item_cd FROM m_item;
CREATE MATERIALIZED VIEW mv_item AS
    SELECT item_cd FROM m_item;
CREATE UNIQUE INDEX mv_item_uk ON mv_item (item_cd);
