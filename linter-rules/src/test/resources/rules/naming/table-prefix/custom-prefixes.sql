-- table-kinds: { mst_: master, trn_: transaction, temp_: temporary }
CREATE TABLE mst_item (item_cd varchar(10) NOT NULL);
CREATE TABLE trn_sale (sale_cd varchar(20) NOT NULL);
CREATE TABLE m_item (item_cd varchar(10) NOT NULL); -- expect: naming/table-prefix public.m_item "one of mst_, trn_"
CREATE TEMP TABLE temp_item (item_cd varchar(10) NOT NULL);
CREATE TEMP TABLE tmp_item (item_cd varchar(10) NOT NULL); -- expect: naming/table-prefix pg_temp.tmp_item "start with temp_"
