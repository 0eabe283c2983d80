CREATE TEMPORARY TABLE tmp_a (a_cd varchar(10)) ON COMMIT DELETE ROWS;
CREATE TEMPORARY TABLE tmp_b (b_cd varchar(10)) ON COMMIT DROP;
CREATE TEMPORARY TABLE tmp_c (c_cd varchar(10)) ON COMMIT PRESERVE ROWS; -- expect(ddl-only): tables/temp-on-commit pg_temp.tmp_c "Temporary table tmp_c keeps its rows" -- the catalog does not keep ON COMMIT
CREATE TEMP TABLE "Tmp_D" (d_cd varchar(10)); -- expect(ddl-only): tables/temp-on-commit pg_temp.Tmp_D -- the catalog does not keep ON COMMIT
CREATE TABLE w_e (e_cd varchar(10));
CREATE UNLOGGED TABLE w_f (f_cd varchar(10));
