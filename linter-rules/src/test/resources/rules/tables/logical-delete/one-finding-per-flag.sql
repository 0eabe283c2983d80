-- rules: tables/logical-delete, naming/column-suffix, types/boolean-alternative
-- a logical-delete flag is one problem: tables/logical-delete reports it, the naming and boolean advice do not
CREATE TABLE m_item (
    item_cd     varchar(20) NOT NULL,
    deleted_flg boolean NOT NULL DEFAULT false, -- expect: tables/logical-delete public.m_item.deleted_flg
    active      boolean NOT NULL DEFAULT false -- expect: naming/column-suffix public.m_item.active; types/boolean-alternative public.m_item.active
);
