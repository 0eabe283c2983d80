-- rules: indexes/btree-only, indexes/no-json-index
CREATE TABLE w_api_response (
    response_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body jsonb NOT NULL,
    tags varchar(20)[] NOT NULL
);
CREATE INDEX idx_01_w_api_response ON w_api_response USING gin (body jsonb_path_ops); -- expect: indexes/no-json-index public.idx_01_w_api_response
CREATE INDEX idx_02_w_api_response ON w_api_response USING gin (tags); -- expect: indexes/btree-only public.idx_02_w_api_response
