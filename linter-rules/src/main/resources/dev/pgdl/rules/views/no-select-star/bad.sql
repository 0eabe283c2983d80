CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    item_name varchar(100) NOT NULL
);
CREATE VIEW v_item AS -- expect: views/no-select-star public.v_item "selects *"
    SELECT * FROM m_item;
