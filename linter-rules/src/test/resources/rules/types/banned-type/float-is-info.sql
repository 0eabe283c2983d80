CREATE TABLE t_measure (
    a float, -- expect: types/banned-type public.t_measure.a "Column a is declared as float; write double precision"
    b FLOAT8, -- expect: types/banned-type public.t_measure.b "FLOAT8"
    c float8[], -- expect: types/banned-type public.t_measure.c "write double precision"
    d double precision,
    e float(53) -- expect: types/banned-type public.t_measure.e "write double precision"
);
