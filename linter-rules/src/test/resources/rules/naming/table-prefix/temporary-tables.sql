CREATE TEMP TABLE tmp_order (
    order_cd varchar(20) NOT NULL
);
CREATE TEMPORARY TABLE order_import ( -- expect: naming/table-prefix pg_temp.order_import "Temporary table order_import"
    order_cd varchar(20) NOT NULL
);
CREATE TEMPORARY TABLE t_order_import ( -- expect: naming/table-prefix pg_temp.t_order_import "rename it to start with tmp_"
    order_cd varchar(20) NOT NULL
);
CREATE UNLOGGED TABLE tmp_cache ( -- expect: naming/table-prefix public.tmp_cache "is permanent but starts with the temporary-table prefix tmp_"
    cache_key varchar(100) NOT NULL
);
CREATE UNLOGGED TABLE w_cache (
    cache_key varchar(100) NOT NULL
);
