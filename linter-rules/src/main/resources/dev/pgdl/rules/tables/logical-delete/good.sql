CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    discontinued_flg boolean NOT NULL
);
