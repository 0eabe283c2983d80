CREATE TABLE t_event (
    event_cd varchar(10) NOT NULL,
    start_on date NOT NULL,
    end_on date NOT NULL
);
