CREATE SEQUENCE t_sale_detail_no_seq;
CREATE TABLE t_sale (
    sale_id bigserial PRIMARY KEY, -- expect: types/prefer-identity public.t_sale.sale_id "Column sale_id is bigserial"
    detail_no bigint NOT NULL DEFAULT nextval('t_sale_detail_no_seq') -- expect: types/prefer-identity public.t_sale.detail_no "DEFAULT nextval("
);
