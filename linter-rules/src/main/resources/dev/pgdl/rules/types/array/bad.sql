CREATE TABLE m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tag_names varchar(50)[] NOT NULL -- expect: types/array public.m_item.tag_names "array type character varying(50)[]"
);
