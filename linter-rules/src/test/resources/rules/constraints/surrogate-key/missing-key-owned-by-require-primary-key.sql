-- rules: constraints/surrogate-key, constraints/require-primary-key
CREATE TABLE t_order ( -- expect: constraints/require-primary-key public.t_order
    order_cd varchar(20) NOT NULL
);
