-- file: V1__create_code.sql
CREATE TABLE IF NOT EXISTS m_code (code varchar(10) NOT NULL DEFAULT '');
