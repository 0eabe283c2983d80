CREATE TABLE m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);
CREATE TABLE m_item_tag (
    item_id bigint NOT NULL,
    tag_name varchar(50) NOT NULL,
    PRIMARY KEY (item_id, tag_name)
);
