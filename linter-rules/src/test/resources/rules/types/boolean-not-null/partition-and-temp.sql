CREATE TABLE t_event (
    occurred_on date NOT NULL,
    is_sent boolean -- expect: types/boolean-not-null public.t_event.is_sent
) PARTITION BY RANGE (occurred_on);
CREATE TABLE t_event_2024 PARTITION OF t_event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TEMP TABLE tmp_event (
    is_done boolean -- expect: types/boolean-not-null pg_temp.tmp_event.is_done
);
