CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    item_name varchar(100) NOT NULL
);
CREATE VIEW v_item AS
    SELECT item_cd, item_name FROM m_item;
