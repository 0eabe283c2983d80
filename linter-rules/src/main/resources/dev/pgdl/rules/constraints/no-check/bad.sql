CREATE TABLE t_event (
    event_cd varchar(10) NOT NULL,
    start_on date NOT NULL,
    end_on date NOT NULL,
    CHECK (start_on < end_on) -- expect: constraints/no-check public.t_event.t_event_check "checks start_on < end_on"
);
