CREATE TABLE m_item ( -- expect: tables/common-columns public.m_item "lacks the common columns updated_pgm_cd, updated_tx_id, lock_no, patched_at, patched_by, patched_id"
    item_cd varchar(10) NOT NULL,
    created_at timestamp NOT NULL, -- expect: tables/common-columns public.m_item.created_at "declare it as timestamptz"
    created_by varchar(64), -- expect: tables/common-columns public.m_item.created_by "declare it NOT NULL"
    created_pgm_cd varchar(20) NOT NULL,
    created_tx_id varchar(64) NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by varchar(64) NOT NULL
);
