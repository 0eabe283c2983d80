CREATE TABLE m_item (
    item_cd varchar(20) PRIMARY KEY,
    item_name varchar(100), -- expect: types/string-default public.m_item.item_name "allows NULL"
    item_note varchar(200) NOT NULL -- expect: types/string-default public.m_item.item_note "has no default"
);
