CREATE SCHEMA app;
CREATE DOMAIN app.code AS varchar(10) NOT NULL; -- expect: types/no-domain app.code "use its base type character varying(10)"
CREATE TABLE app.t_item (
    item_cd app.code, -- expect: types/no-domain app.t_item.item_cd "has the DOMAIN type app.code"
    alt_codes app.code[], -- expect: types/no-domain app.t_item.alt_codes "app.code[]"
    name varchar(100) NOT NULL
);
ALTER TABLE app.t_item ADD COLUMN parent_cd app.code; -- expect: types/no-domain app.t_item.parent_cd
