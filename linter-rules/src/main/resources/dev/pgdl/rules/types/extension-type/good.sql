CREATE TABLE m_category (
    category_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_category_id bigint,
    category_name varchar(100) NOT NULL
);
