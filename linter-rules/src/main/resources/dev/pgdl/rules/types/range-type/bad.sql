CREATE TABLE m_unit_price (
    unit_price_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_price numeric(10,2) NOT NULL,
    valid_period daterange NOT NULL -- expect: types/range-type public.m_unit_price.valid_period "range type daterange"
);
