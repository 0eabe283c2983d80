CREATE EXTENSION IF NOT EXISTS ltree;
CREATE TABLE m_category (
    category_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category_path ltree NOT NULL -- expect: types/extension-type public.m_category.category_path "extension type ltree"
);
