CREATE TABLE t_log (
    logged_on date NOT NULL,
    message text -- expect: types/banned-type public.t_log.message "Column message uses text"
) PARTITION BY RANGE (logged_on);
CREATE TABLE t_log_2024 PARTITION OF t_log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE t_log ADD COLUMN note text; -- expect: types/banned-type public.t_log.note
