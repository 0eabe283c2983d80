CREATE TEMP TABLE tmp_usage ( -- expect(ddl-only): tables/temp-on-commit pg_temp.tmp_usage "declare ON COMMIT DELETE ROWS" -- the catalog does not keep ON COMMIT
    usage_cd varchar(20) NOT NULL
);
