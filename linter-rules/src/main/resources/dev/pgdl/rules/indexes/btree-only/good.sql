CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_cd varchar(20) NOT NULL,
    note varchar(200) NOT NULL
);
CREATE INDEX idx_01_t_order ON t_order (order_cd);
CREATE INDEX idx_02_t_order ON t_order USING gin (note gin_bigm_ops); -- rejected: does not exist -- pg_bigm is not installed on the test server
