-- rules: types/banned-type, tables/common-columns
-- a common column of a banned type is one problem, reported by tables/common-columns
CREATE TABLE m_item (
    item_cd         varchar(20) NOT NULL,
    note            text NOT NULL, -- expect: types/banned-type public.m_item.note
    created_at      timestamp NOT NULL, -- expect: tables/common-columns public.m_item.created_at "declare it as timestamptz"
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
