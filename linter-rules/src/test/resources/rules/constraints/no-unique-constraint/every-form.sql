CREATE SCHEMA sales;
CREATE TABLE sales.m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_cd varchar(20) NOT NULL UNIQUE, -- expect: constraints/no-unique-constraint sales.m_item.m_item_item_cd_key "UNIQUE constraint m_item_item_cd_key on sales.m_item (item_cd)"
    "Jan_Cd" varchar(13) NOT NULL,
    color_cd varchar(20) NOT NULL,
    CONSTRAINT "Uk_Jan" UNIQUE ("Jan_Cd", color_cd) -- expect: constraints/no-unique-constraint sales.m_item.Uk_Jan "color_cd); drop it"
);
ALTER TABLE sales.m_item ADD CONSTRAINT uk_color UNIQUE (color_cd); -- expect: constraints/no-unique-constraint sales.m_item.uk_color
