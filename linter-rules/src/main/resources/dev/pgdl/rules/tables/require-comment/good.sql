-- options: { severity: warning }
CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    item_name varchar(100) NOT NULL
);
COMMENT ON TABLE m_item IS '商品';
COMMENT ON COLUMN m_item.item_cd IS '商品コード';
COMMENT ON COLUMN m_item.item_name IS '商品名';
