CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    item_name varchar(100) NOT NULL
);
CREATE FUNCTION item_name_of(p_item_cd varchar) RETURNS varchar LANGUAGE sql AS $$ -- expect: functions/no-table-access public.item_name_of "accesses the relations public.m_item"
    SELECT item_name FROM m_item WHERE item_cd = p_item_cd;
$$;
