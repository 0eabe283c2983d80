-- The same shop designed along the PostgreSQL design guideline: table-kind prefixes,
-- IDENTITY keys, timestamptz, varchar(n), code columns instead of ENUM, the common columns,
-- no deployed foreign keys, no CHECK, no triggers. pgdl reports nothing here.

CREATE TABLE m_customer (
    customer_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           varchar(254) NOT NULL DEFAULT '',
    customer_name   varchar(100) NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL,
    created_by      varchar(64) NOT NULL,
    created_pgm_cd  varchar(64) NOT NULL,
    created_tx_id   varchar(64) NOT NULL,
    updated_at      timestamptz NOT NULL,
    updated_by      varchar(64) NOT NULL,
    updated_pgm_cd  varchar(64) NOT NULL,
    updated_tx_id   varchar(64) NOT NULL,
    lock_no         bigint NOT NULL DEFAULT 1,
    patched_at      timestamptz,
    patched_by      varchar(64),
    patched_id      varchar(64)
);

CREATE UNIQUE INDEX uk_m_customer ON m_customer (email);

CREATE TABLE t_order (
    order_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     bigint NOT NULL,
    order_status_cd varchar(2) NOT NULL DEFAULT '00',
    ordered_at      timestamptz NOT NULL,
    amount          numeric(12, 2) NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      varchar(64) NOT NULL,
    created_pgm_cd  varchar(64) NOT NULL,
    created_tx_id   varchar(64) NOT NULL,
    updated_at      timestamptz NOT NULL,
    updated_by      varchar(64) NOT NULL,
    updated_pgm_cd  varchar(64) NOT NULL,
    updated_tx_id   varchar(64) NOT NULL,
    lock_no         bigint NOT NULL DEFAULT 1,
    patched_at      timestamptz,
    patched_by      varchar(64),
    patched_id      varchar(64)
);

CREATE INDEX idx_01_t_order ON t_order (customer_id);

COMMENT ON TABLE t_order IS '受注';
COMMENT ON COLUMN t_order.order_status_cd IS '受注状態区分 (00: 受付, 10: 入金済, 20: 出荷済, 90: 取消)';

CREATE VIEW v_open_order AS
    SELECT o.order_id, c.email, o.ordered_at
    FROM t_order o JOIN m_customer c ON c.customer_id = o.customer_id
    WHERE o.order_status_cd IN ('00', '10');
