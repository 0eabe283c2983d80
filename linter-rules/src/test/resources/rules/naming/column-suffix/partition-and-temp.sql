CREATE TABLE t_log (
    logged date NOT NULL -- expect: naming/column-suffix public.t_log.logged
) PARTITION BY RANGE (logged);
CREATE TABLE t_log_2024 PARTITION OF t_log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TEMP TABLE tmp_work (
    done boolean -- expect: naming/column-suffix pg_temp.tmp_work.done
);
