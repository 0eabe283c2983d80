CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL,
    created_at timestamptz NOT NULL,
    created_by varchar(64) NOT NULL,
    created_pgm_cd varchar(20) NOT NULL,
    created_tx_id varchar(64) NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by varchar(64) NOT NULL,
    updated_pgm_cd varchar(20) NOT NULL,
    updated_tx_id varchar(64) NOT NULL,
    lock_no bigint NOT NULL DEFAULT 1,
    patched_at timestamptz,
    patched_by varchar(64),
    patched_id varchar(64)
);
CREATE TEMPORARY TABLE tmp_item (
    item_cd varchar(10) NOT NULL
);
