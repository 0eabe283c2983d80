CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE m_unit_price ( -- expect: constraints/period-table public.m_unit_price "no exclusion constraint against overlapping periods of start_date and end_date"
    unit_price_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    CONSTRAINT uk_unit_price UNIQUE (item_id, end_date),
    EXCLUDE USING gist (item_id WITH =, daterange(start_date, end_date, '[]') WITH -|-)
);
CREATE TABLE t_rate ( -- expect: constraints/period-table public.t_rate "no unique key that includes end_date"
    rate_id bigint GENERATED ALWAYS AS IDENTITY,
    start_date date NOT NULL,
    end_date date NOT NULL,
    PRIMARY KEY (rate_id, end_date),
    EXCLUDE USING gist (daterange(start_date, end_date) WITH &&)
) PARTITION BY RANGE (end_date); -- rejected: must include all partitioning columns
CREATE TABLE t_rate_2024 PARTITION OF t_rate FOR VALUES FROM ('2024-01-01') TO ('2025-01-01'); -- rejected: does not exist
