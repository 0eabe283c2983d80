CREATE TABLE t_event (event_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
SELECT setval('t_event_event_id_seq', 1800000000); -- expect: health/sequence-exhaustion public.t_event_event_id_seq "used 84% of its range"
