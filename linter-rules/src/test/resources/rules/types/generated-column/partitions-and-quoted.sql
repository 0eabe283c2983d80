CREATE TABLE t_log (
    logged_on date NOT NULL,
    data jsonb NOT NULL,
    "UserName" varchar(100) GENERATED ALWAYS AS (data ->> 'name') STORED -- expect: types/generated-column public.t_log.UserName
) PARTITION BY RANGE (logged_on);
CREATE TABLE t_log_2024 PARTITION OF t_log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE t_log ADD COLUMN log_year integer GENERATED ALWAYS AS (extract(year FROM logged_on)) STORED; -- expect: types/generated-column public.t_log.log_year
