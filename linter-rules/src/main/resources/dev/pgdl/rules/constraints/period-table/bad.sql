CREATE TABLE m_unit_price ( -- expect: constraints/period-table public.m_unit_price "no exclusion constraint"
    unit_price_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL,
    start_date date NOT NULL,
    end_date date -- expect: constraints/period-table public.m_unit_price.end_date "use -infinity or infinity"
);
CREATE UNIQUE INDEX uk_m_unit_price ON m_unit_price (item_id, end_date);
