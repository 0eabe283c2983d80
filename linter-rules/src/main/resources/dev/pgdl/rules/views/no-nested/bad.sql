CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    item_name varchar(100) NOT NULL,
    discontinued_flg boolean NOT NULL
);
CREATE VIEW v_item_active AS
    SELECT item_cd, item_name FROM m_item WHERE NOT discontinued_flg;
CREATE VIEW v_item_active_name AS -- expect: views/no-nested public.v_item_active_name "selects from another view: public.v_item_active"
    SELECT item_name FROM v_item_active;
