CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    item_name varchar(100) NOT NULL
);
CREATE TEMP VIEW v_item_name AS -- expect: views/no-temp-view "Temporary view v_item_name is prohibited"
    SELECT item_cd, item_name FROM m_item;
