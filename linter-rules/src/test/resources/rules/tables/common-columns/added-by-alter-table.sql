-- options: { columns: [ { name: created_at, type: timestamptz }, { name: lock_no, type: "bigint|integer", nullable: false, default: 1 }, { name: patched_at, type: timestamptz, nullable: true } ] }
CREATE TABLE m_item (
    item_cd varchar(10) NOT NULL
);
ALTER TABLE m_item ADD COLUMN created_at timestamptz NOT NULL;
ALTER TABLE m_item ADD COLUMN lock_no int NOT NULL DEFAULT 1;
ALTER TABLE m_item ADD COLUMN patched_at timestamptz;
CREATE TABLE m_shop ( -- expect: tables/common-columns public.m_shop "lacks the common columns lock_no, patched_at; add them."
    shop_cd varchar(10) NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE TABLE m_area (
    area_cd varchar(10) NOT NULL,
    created_at timestamptz NOT NULL,
    lock_no smallint NOT NULL DEFAULT 1, -- expect: tables/common-columns public.m_area.lock_no "declare it as bigint or integer"
    patched_at timestamptz
);
