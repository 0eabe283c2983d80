CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);
CREATE TABLE t_sale_detail (
    sale_id bigint NOT NULL REFERENCES t_sale (sale_id), -- expect: constraints/no-foreign-key public.t_sale_detail.t_sale_detail_sale_id_fkey "references public.t_sale"
    detail_no integer NOT NULL
);
