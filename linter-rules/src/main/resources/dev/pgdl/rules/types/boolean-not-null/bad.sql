CREATE TABLE m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    is_discontinued boolean, -- expect: types/boolean-not-null public.m_item.is_discontinued "allows NULL and has no default"
    has_stock boolean NOT NULL DEFAULT true -- expect: types/boolean-not-null public.m_item.has_stock "has the default true"
);
