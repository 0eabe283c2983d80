CREATE TABLE m_color (
    color_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    color_name varchar(50) NOT NULL
);
