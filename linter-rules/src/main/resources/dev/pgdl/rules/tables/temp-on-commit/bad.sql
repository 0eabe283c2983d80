CREATE TEMP TABLE tmp_usage ( -- expect: tables/temp-on-commit pg_temp.tmp_usage "declare ON COMMIT DELETE ROWS"
    usage_cd varchar(20) NOT NULL
);
