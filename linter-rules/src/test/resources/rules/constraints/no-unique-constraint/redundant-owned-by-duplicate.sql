-- rules: constraints/no-unique-constraint, indexes/duplicate
CREATE TABLE m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_cd varchar(20) NOT NULL,
    jan_cd varchar(13) NOT NULL UNIQUE, -- expect: constraints/no-unique-constraint public.m_item.m_item_jan_cd_key
    CONSTRAINT uk_item_id UNIQUE (item_id) -- PostgreSQL keeps one index: the primary key, named uk_item_id
);
CREATE UNIQUE INDEX uk_m_item ON m_item (item_cd); -- expect(catalog-only): indexes/duplicate public.uk_m_item -- the catalog does not tell which of two equal keys came first
ALTER TABLE m_item ADD CONSTRAINT uk_item_cd UNIQUE (item_cd); -- expect(ddl-only): indexes/duplicate public.m_item.uk_item_cd "covered by uk_m_item" -- expect(catalog-only): constraints/no-unique-constraint public.m_item.uk_item_cd -- the catalog does not tell which of two equal keys came first
