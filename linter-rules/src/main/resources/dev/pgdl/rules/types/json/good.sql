CREATE TABLE t_api_log (
    api_log_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    response jsonb NOT NULL
);
COMMENT ON COLUMN t_api_log.response IS 'JSON Schema: schemas/order-response.json';
