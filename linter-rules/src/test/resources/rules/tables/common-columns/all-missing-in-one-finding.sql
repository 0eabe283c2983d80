CREATE SCHEMA sales;
CREATE TABLE sales."T_Sale" ( -- expect: tables/common-columns sales.T_Sale "Table sales.T_Sale lacks the common columns created_at, created_by, created_pgm_cd, created_tx_id, updated_at, updated_by, updated_pgm_cd, updated_tx_id, lock_no, patched_at, patched_by, patched_id; add them."
    sale_cd varchar(20) NOT NULL,
    "CREATED_AT" timestamptz NOT NULL
);
CREATE TEMP TABLE tmp_sale (sale_cd varchar(20) NOT NULL);
CREATE TABLE t_log ( -- expect: tables/common-columns public.t_log "lacks the common columns"
    logged_on date NOT NULL
) PARTITION BY RANGE (logged_on);
CREATE TABLE t_log_2024 PARTITION OF t_log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
