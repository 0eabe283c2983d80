CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sale_cd varchar(20) NOT NULL
);
