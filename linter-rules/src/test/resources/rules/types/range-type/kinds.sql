CREATE SCHEMA cal;
CREATE TYPE cal.floatrange AS RANGE (subtype = float8);
CREATE TABLE cal.t_booking (
    booked tstzrange, -- expect: types/range-type cal.t_booking.booked "tstzrange"
    slots TSMULTIRANGE, -- expect: types/range-type cal.t_booking.slots
    scale cal.floatrange, -- expect: types/range-type cal.t_booking.scale "cal.floatrange"
    history int4range[], -- expect: types/range-type cal.t_booking.history "int4range[]"
    start_at timestamptz NOT NULL
);
