-- file: V1__create_code.sql
CREATE TABLE m_code (code varchar(10) NOT NULL DEFAULT ''); -- expect: migration/idempotent
