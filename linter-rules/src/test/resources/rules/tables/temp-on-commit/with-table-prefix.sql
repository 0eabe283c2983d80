-- rules: tables/temp-on-commit, naming/table-prefix
CREATE TEMP TABLE usage_import ( -- expect: naming/table-prefix pg_temp.usage_import -- expect(ddl-only): tables/temp-on-commit pg_temp.usage_import -- the catalog does not keep ON COMMIT
    usage_cd varchar(20) NOT NULL
);
CREATE TEMP TABLE order_import ( -- expect: naming/table-prefix pg_temp.order_import
    order_cd varchar(20) NOT NULL
) ON COMMIT DELETE ROWS;
