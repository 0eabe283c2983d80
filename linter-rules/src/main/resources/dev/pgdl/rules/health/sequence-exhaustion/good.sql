CREATE TABLE t_event (event_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
SELECT setval('t_event_event_id_seq', 1800000000);
