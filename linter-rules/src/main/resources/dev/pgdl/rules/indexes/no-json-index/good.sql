CREATE TABLE w_api_response (
    response_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_cd varchar(20) NOT NULL,
    body jsonb NOT NULL
);
CREATE INDEX idx_01_w_api_response ON w_api_response (customer_cd);
