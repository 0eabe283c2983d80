CREATE TABLE t_order (
    customer_cd varchar(20) NOT NULL,
    order_no integer NOT NULL,
    PRIMARY KEY (customer_cd, order_no) -- expect: constraints/surrogate-key public.t_order.t_order_pkey "(customer_cd, order_no), a natural or composite key"
);
