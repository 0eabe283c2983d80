CREATE TEMP TABLE tmp_usage (
    usage_cd varchar(20) NOT NULL
) ON COMMIT DELETE ROWS;
