CREATE TABLE t_api_log (
    api_log_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    response jsonb NOT NULL -- expect: types/json public.t_api_log.response "Column response is jsonb without a column comment"
);
