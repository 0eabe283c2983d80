CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL,
    line_no varchar(5) NOT NULL,
    created_by varchar(50) NOT NULL,
    patched_by varchar(50),
    search_name varchar(100) GENERATED ALWAYS AS (lower(order_cd)) STORED,
    memo varchar(100) NOT NULL DEFAULT 'none'::character varying,
    "Owner" varchar(50) NOT NULL DEFAULT current_user, -- expect: types/string-default public.t_order.Owner "has the default current_user"
    tags varchar(10)[],
    CONSTRAINT pk_t_order PRIMARY KEY (order_cd, line_no)
);
