-- target-postgres: 14
CREATE TABLE m_customer (
    customer_id bigint GENERATED ALWAYS AS IDENTITY,
    customer_cd varchar(20),
    "Mail_Address" varchar(256),
    phone_no varchar(20) NOT NULL,
    PRIMARY KEY (customer_cd),
    CONSTRAINT uk_phone UNIQUE (phone_no, "Mail_Address") -- expect: constraints/unique-nullable public.m_customer.uk_phone "repeat; make the columns NOT NULL (NULLS NOT DISTINCT needs PostgreSQL 15)"
);
CREATE UNIQUE INDEX uk_m_customer ON m_customer (customer_cd, phone_no);
CREATE UNIQUE INDEX uk_m_customer_02 ON m_customer (lower("Mail_Address"));
CREATE INDEX idx_01_m_customer ON m_customer ("Mail_Address");
