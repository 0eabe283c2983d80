CREATE TABLE m_customer (
    customer_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mail_address varchar(256)
);
CREATE UNIQUE INDEX uk_m_customer ON m_customer (mail_address); -- expect: constraints/unique-nullable public.uk_m_customer "add NULLS NOT DISTINCT"
