CREATE TABLE t_measure (
    a float, -- expect(ddl-only): types/banned-type public.t_measure.a "Column a is declared as float; write double precision" -- the catalog keeps double precision, not how it was spelled
    b FLOAT8, -- expect(ddl-only): types/banned-type public.t_measure.b "FLOAT8" -- the catalog keeps double precision, not how it was spelled
    c float8[], -- expect(ddl-only): types/banned-type public.t_measure.c "write double precision" -- the catalog keeps double precision, not how it was spelled
    d double precision,
    e float(53) -- expect(ddl-only): types/banned-type public.t_measure.e "write double precision" -- the catalog keeps double precision, not how it was spelled
);
