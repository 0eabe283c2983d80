CREATE TABLE w_api_response (
    response_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body jsonb NOT NULL
);
CREATE INDEX idx_01_w_api_response ON w_api_response USING gin (body); -- expect: indexes/no-json-index public.idx_01_w_api_response "indexes JSON data; normalize"
