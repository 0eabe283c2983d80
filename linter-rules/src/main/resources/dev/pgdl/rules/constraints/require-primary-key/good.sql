CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sale_cd varchar(20) NOT NULL
);
CREATE TEMP TABLE tmp_sale (sale_cd varchar(20) NOT NULL);
