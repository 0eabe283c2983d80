CREATE TABLE m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    is_discontinued boolean NOT NULL DEFAULT false,
    has_stock boolean NOT NULL DEFAULT FALSE
);
