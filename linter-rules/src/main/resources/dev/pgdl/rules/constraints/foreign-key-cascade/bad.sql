CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);
CREATE TABLE t_sale_detail (
    sale_detail_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sale_id bigint NOT NULL REFERENCES t_sale (sale_id) ON DELETE CASCADE -- expect: constraints/foreign-key-cascade public.t_sale_detail.t_sale_detail_sale_id_fkey "uses ON DELETE CASCADE;"
);
