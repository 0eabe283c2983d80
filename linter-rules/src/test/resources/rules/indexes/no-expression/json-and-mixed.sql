-- rules: indexes/no-expression, indexes/no-json-index
CREATE SCHEMA sales;
CREATE TABLE sales.w_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "Payload" jsonb NOT NULL,
    mail_address varchar(256) NOT NULL,
    payload_cd varchar(20) NOT NULL
);
CREATE INDEX idx_01_w_order ON sales.w_order ((("Payload" ->> 'customer_cd'))); -- expect: indexes/no-json-index sales.idx_01_w_order
CREATE INDEX idx_02_w_order ON sales.w_order (lower(mail_address)); -- expect: indexes/no-expression sales.idx_02_w_order "indexes the expression lower(mail_address);"
CREATE INDEX idx_03_w_order ON sales.w_order (lower(payload_cd), ("Payload" ->> 'x')); -- expect: indexes/no-expression sales.idx_03_w_order "the expression lower(payload_cd);"; indexes/no-json-index sales.idx_03_w_order
CREATE INDEX idx_04_w_order ON sales.w_order (payload_cd);
