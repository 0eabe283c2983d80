-- The shop of examples/shop, designed along the PostgreSQL design guideline. It uses every
-- table kind and the guideline's recommended patterns; pgdl reports no warning and no error here.

-- btree_gist lets the period table's EXCLUDE constraint compare item codes with =.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- master (m_): natural keys are allowed, codes are varchar(n) even when they are digits
CREATE TABLE m_customer (
    customer_id     bigint GENERATED ALWAYS AS IDENTITY,
    email           varchar(254) NOT NULL DEFAULT '',
    customer_name   varchar(100) NOT NULL DEFAULT '',
    customer_typ    varchar(2) NOT NULL DEFAULT '00',
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

-- a period table (適用期間付きデータ): surrogate key, -infinity/infinity instead of NULL,
-- a unique index on end_date (not start_date) and an exclusion constraint against overlaps
CREATE TABLE m_unit_price (
    unit_price_id   bigint GENERATED ALWAYS AS IDENTITY,
    item_cd         varchar(20) NOT NULL DEFAULT '',
    unit_price      numeric(10, 2) NOT NULL,
    start_date      date NOT NULL DEFAULT '-infinity',
    end_date        date NOT NULL DEFAULT 'infinity',
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
    CONSTRAINT pk_m_unit_price PRIMARY KEY (unit_price_id),
    CONSTRAINT ex_m_unit_price EXCLUDE USING gist (item_cd WITH =, daterange(start_date, end_date, '[]') WITH &&)
) WITH (fillfactor = 90);

CREATE UNIQUE INDEX uk_m_unit_price ON m_unit_price (item_cd, end_date);

-- transaction (t_), partitioned by month: the primary key is the surrogate key plus the
-- partition key, and partitions are named after their parent
CREATE TABLE t_order (
    order_id        bigint GENERATED ALWAYS AS IDENTITY,
    order_date      date NOT NULL,
    customer_id     bigint NOT NULL,
    order_status_cd varchar(2) NOT NULL DEFAULT '00',
    ordered_at      timestamptz NOT NULL,
    amount          numeric(12, 2) NOT NULL,
    note            varchar(400) DEFAULT '',
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
    CONSTRAINT pk_t_order PRIMARY KEY (order_id, order_date)
) PARTITION BY RANGE (order_date);

CREATE TABLE t_order_202601 PARTITION OF t_order FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')
    WITH (fillfactor = 90);
CREATE TABLE t_order_202602 PARTITION OF t_order FOR VALUES FROM ('2026-02-01') TO ('2026-03-01')
    WITH (fillfactor = 90);

CREATE INDEX idx_01_t_order ON t_order (customer_id);

COMMENT ON TABLE t_order IS '受注';
COMMENT ON COLUMN t_order.order_status_cd IS '受注状態区分 (00: 受付, 10: 入金済, 20: 出荷済, 90: 取消)';

-- the safe SET NOT NULL procedure (スキーマ変更の対応手順): the transient CHECK is dropped again
ALTER TABLE t_order ADD CONSTRAINT t_order_note_not_null CHECK (note IS NOT NULL) NOT VALID;
ALTER TABLE t_order VALIDATE CONSTRAINT t_order_note_not_null;
ALTER TABLE t_order ALTER COLUMN note SET NOT NULL;
ALTER TABLE t_order DROP CONSTRAINT t_order_note_not_null;

-- work (w_), work-receive (wr_) and work-send (ws_)
CREATE TABLE w_order_import (
    order_import_id bigint GENERATED ALWAYS AS IDENTITY,
    line_no         integer NOT NULL,
    raw_line        varchar(4000) NOT NULL DEFAULT '',
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
    CONSTRAINT pk_w_order_import PRIMARY KEY (order_import_id)
) WITH (fillfactor = 100);

CREATE TABLE wr_payment (
    payment_id      bigint GENERATED ALWAYS AS IDENTITY,
    payment_no      varchar(30) NOT NULL DEFAULT '',
    paid_amount     numeric(12, 2) NOT NULL,
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
    CONSTRAINT pk_wr_payment PRIMARY KEY (payment_id)
) WITH (fillfactor = 100);

CREATE TABLE ws_shipment (
    shipment_id     bigint GENERATED ALWAYS AS IDENTITY,
    tracking_no     varchar(40) NOT NULL DEFAULT '',
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
    CONSTRAINT pk_ws_shipment PRIMARY KEY (shipment_id)
) WITH (fillfactor = 100);

-- summary (sd_ daily, s_ other) and history (hist_)
CREATE TABLE sd_sales (
    sales_date      date NOT NULL,
    sales_amount    numeric(14, 2) NOT NULL,
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
    CONSTRAINT pk_sd_sales PRIMARY KEY (sales_date)
) WITH (fillfactor = 90);

CREATE TABLE s_customer_sales (
    customer_id     bigint NOT NULL,
    sales_amount    numeric(14, 2) NOT NULL,
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
    CONSTRAINT pk_s_customer_sales PRIMARY KEY (customer_id)
) WITH (fillfactor = 90);

CREATE TABLE hist_order (
    order_history_id bigint GENERATED ALWAYS AS IDENTITY,
    order_id        bigint NOT NULL,
    order_status_cd varchar(2) NOT NULL DEFAULT '00',
    changed_at      timestamptz NOT NULL,
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
    CONSTRAINT pk_hist_order PRIMARY KEY (order_history_id)
) WITH (fillfactor = 100);

-- temporary (tmp_): emptied at the end of each transaction
CREATE TEMPORARY TABLE tmp_order_total (
    customer_id     bigint NOT NULL,
    total_amount    numeric(14, 2) NOT NULL
) ON COMMIT DELETE ROWS;

CREATE VIEW v_open_order AS
    SELECT o.order_id, c.email, o.ordered_at
    FROM t_order o JOIN m_customer c ON c.customer_id = o.customer_id
    WHERE o.order_status_cd IN ('00', '10');
