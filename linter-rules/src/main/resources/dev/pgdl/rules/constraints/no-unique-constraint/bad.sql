CREATE TABLE m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_cd varchar(20) NOT NULL UNIQUE -- expect: constraints/no-unique-constraint public.m_item.m_item_item_cd_key "create a unique index"
);
