-- options: { allow: [ citext, ext.geometry ] }
CREATE SCHEMA ext;
CREATE TABLE m_shop (
    shop_email citext NOT NULL,
    location ext.geometry,
    area geometry, -- expect: types/extension-type public.m_shop.area "geometry"
    attributes hstore, -- expect: types/extension-type public.m_shop.attributes "hstore"
    paths ltree[] -- expect: types/extension-type public.m_shop.paths "ltree[]"
);
