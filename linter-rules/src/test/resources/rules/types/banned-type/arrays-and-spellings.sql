CREATE TABLE t_sample (
    tags text[], -- expect: types/banned-type public.t_sample.tags "uses text[]; use varchar(n)"
    codes varchar(10)[],
    names character varying[], -- expect: types/banned-type public.t_sample.names "varchar(n)"
    counts INT2[][], -- expect: types/banned-type public.t_sample.counts "integer or bigint"
    measured_at TIMESTAMP WITHOUT TIME ZONE, -- expect: types/banned-type public.t_sample.measured_at "timestamptz"
    logged_at timestamp(3), -- expect: types/banned-type public.t_sample.logged_at "timestamptz"
    kind bpchar, -- expect: types/banned-type public.t_sample.kind "varchar(n)"
    flag character(1), -- expect: types/banned-type public.t_sample.flag
    ratio float4, -- expect: types/banned-type public.t_sample.ratio "use double precision"
    ratio2 float(24), -- expect: types/banned-type public.t_sample.ratio2 "use double precision"
    created_at timestamptz NOT NULL,
    "Amount" numeric(10, 2)
);
