CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    deleted_flg boolean NOT NULL -- expect: tables/logical-delete public.m_item.deleted_flg "looks like a logical-delete flag"
);
