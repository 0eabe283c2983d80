-- master (m_): natural keys are allowed, codes are varchar(n) even when they are digits
CREATE TABLE m_customer (
    customer_id     bigint GENERATED ALWAYS AS IDENTITY,
    email           varchar(254) NOT NULL DEFAULT '',
    customer_name   varchar(100) NOT NULL DEFAULT '',
    customer_typ    varchar(2) NOT NULL DEFAULT '00',
    note            varchar(400) NOT NULL DEFAULT '',
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
    patched_id      varchar(64),
    CONSTRAINT pk_m_customer PRIMARY KEY (customer_id)
) WITH (fillfactor = 90);

CREATE UNIQUE INDEX uk_m_customer ON m_customer (email);
