-- rules: types/banned-type, types/prefer-identity
CREATE SEQUENCE legacy_seq;
CREATE TABLE t_sale (
    sale_id smallserial, -- expect: types/prefer-identity public.t_sale.sale_id "smallserial"
    line_no smallint GENERATED ALWAYS AS IDENTITY,
    legacy_no smallint DEFAULT nextval('legacy_seq'), -- expect: types/prefer-identity public.t_sale.legacy_no
    quantity smallint NOT NULL -- expect: types/banned-type public.t_sale.quantity "integer or bigint"
);
