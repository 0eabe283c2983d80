CREATE TABLE t_invoice (
    discount_rate numeric(5,4) DEFAULT 0.0000, -- expect: types/no-zero-default public.t_invoice.discount_rate "numeric(5,4)"
    "Amount" numeric(12,0) DEFAULT '0'::numeric, -- expect: types/no-zero-default public.t_invoice.Amount
    line_count bigint DEFAULT (0), -- expect: types/no-zero-default public.t_invoice.line_count
    retry_limit integer DEFAULT 10,
    ratio double precision DEFAULT 0,
    note varchar(10) NOT NULL DEFAULT '0',
    levels integer[] DEFAULT '{0}'
);
