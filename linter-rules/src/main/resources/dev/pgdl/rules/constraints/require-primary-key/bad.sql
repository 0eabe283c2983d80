CREATE TABLE t_sale ( -- expect: constraints/require-primary-key public.t_sale
    sale_cd varchar(20) NOT NULL,
    sold_on date NOT NULL
);
