CREATE TABLE m_customer (
    customer_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mail_address varchar(256) NOT NULL,
    phone_no varchar(20)
);
CREATE UNIQUE INDEX uk_m_customer ON m_customer (mail_address);
CREATE UNIQUE INDEX uk_m_customer_02 ON m_customer (phone_no) NULLS NOT DISTINCT;
