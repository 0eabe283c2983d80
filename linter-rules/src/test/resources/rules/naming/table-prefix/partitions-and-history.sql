CREATE TABLE t_sale (
    sale_cd varchar(20) NOT NULL,
    sold_on date NOT NULL
) PARTITION BY RANGE (sold_on);
CREATE TABLE sale_2024 PARTITION OF t_sale FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE sale_default PARTITION OF t_sale DEFAULT;
CREATE TABLE h_sale (sale_cd varchar(20) NOT NULL);
CREATE TABLE hist_sale (sale_cd varchar(20) NOT NULL);
CREATE TABLE sd_sale (sale_cd varchar(20) NOT NULL);
CREATE TABLE sw_sale (sale_cd varchar(20) NOT NULL);
CREATE TABLE sm_sale (sale_cd varchar(20) NOT NULL);
CREATE TABLE s_sale (sale_cd varchar(20) NOT NULL);
CREATE TABLE ws_sale (sale_cd varchar(20) NOT NULL);
CREATE TABLE history_sale (sale_cd varchar(20) NOT NULL); -- expect: naming/table-prefix public.history_sale
