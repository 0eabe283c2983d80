CREATE TABLE w_api_response (
    response_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "Body" json NOT NULL,
    body_cd varchar(20) NOT NULL,
    settings jsonb NOT NULL
);
CREATE INDEX idx_01_w_api_response ON w_api_response ((("Body" ->> 'id'))); -- expect: indexes/no-json-index public.idx_01_w_api_response "Index idx_01_w_api_response on public.w_api_response indexes JSON data"
CREATE INDEX idx_02_w_api_response ON w_api_response (body_cd);
CREATE INDEX idx_03_w_api_response ON w_api_response (body_cd, settings); -- expect: indexes/no-json-index public.idx_03_w_api_response
