CREATE TABLE m_item (
    item_cd varchar(20) PRIMARY KEY,
    item_name varchar(100) NOT NULL DEFAULT '',
    item_status_typ varchar(2) NOT NULL DEFAULT '00'
);
