CREATE TABLE m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_cd varchar(20) NOT NULL
);
CREATE UNIQUE INDEX uk_m_item ON m_item (item_cd);
