CREATE TABLE item_master ( -- expect: naming/table-prefix public.item_master "one of m_, t_"
    item_cd varchar(10) NOT NULL
);
CREATE TEMPORARY TABLE w_order_import ( -- expect: naming/table-prefix pg_temp.w_order_import "rename it to start with tmp_"
    order_cd varchar(20) NOT NULL
);
CREATE TABLE tmp_sale ( -- expect: naming/table-prefix public.tmp_sale "permanent"
    sale_cd varchar(20) NOT NULL
);
