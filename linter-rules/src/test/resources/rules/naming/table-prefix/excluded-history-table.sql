-- options: { exclude: [ "legacy_*" ] }
CREATE TABLE legacy_item (item_cd varchar(10) NOT NULL);
CREATE TABLE flyway_schema_history (installed_rank integer NOT NULL); -- expect: naming/table-prefix public.flyway_schema_history
