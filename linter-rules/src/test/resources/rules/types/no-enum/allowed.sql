-- options: { allow: [ public.gender, sales.order_state ] }
CREATE SCHEMA sales;
CREATE TYPE gender AS ENUM ('0', '1', '2', '9');
CREATE TYPE sales.order_state AS ENUM ('pending', 'shipped');
CREATE TYPE public.order_state AS ENUM ('pending', 'shipped'); -- expect: types/no-enum public.order_state
CREATE TABLE m_person (
    gender gender NOT NULL,
    state sales.order_state NOT NULL,
    other_state order_state, -- expect: types/no-enum public.m_person.other_state "public.order_state"
    history_states order_state[] -- expect: types/no-enum public.m_person.history_states "public.order_state[]"
);
