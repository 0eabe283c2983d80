-- options: { allow: [ citext, ext.cube ] }
CREATE SCHEMA ext;
CREATE EXTENSION citext;
CREATE EXTENSION cube WITH SCHEMA ext;
CREATE EXTENSION hstore;
CREATE EXTENSION ltree;
CREATE TABLE m_shop (
    shop_email citext NOT NULL,
    location ext.cube,
    attributes hstore, -- expect: types/extension-type public.m_shop.attributes "hstore"
    paths ltree[] -- expect: types/extension-type public.m_shop.paths "ltree[]"
);
