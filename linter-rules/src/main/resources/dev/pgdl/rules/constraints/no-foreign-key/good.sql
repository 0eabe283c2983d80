CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);
CREATE TABLE t_sale_detail (
    sale_id bigint NOT NULL,
    detail_no integer NOT NULL
);
CREATE INDEX t_sale_detail_sale_id_idx ON t_sale_detail (sale_id);
