CREATE TABLE t_log (
    logged_date date NOT NULL,
    logged_at date -- expect: types/column-kind public.t_log.logged_at
) PARTITION BY RANGE (logged_date);
CREATE TABLE t_log_2024 PARTITION OF t_log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
