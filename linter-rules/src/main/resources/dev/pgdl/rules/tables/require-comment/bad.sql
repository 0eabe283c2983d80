-- options: { severity: warning }
CREATE TABLE m_item ( -- expect: tables/require-comment public.m_item "COMMENT ON TABLE public.m_item"
    item_cd varchar(10) NOT NULL,
    item_name varchar(100) NOT NULL -- expect: tables/require-comment public.m_item.item_name "COMMENT ON COLUMN public.m_item.item_name"
);
COMMENT ON COLUMN m_item.item_cd IS '商品コード';
