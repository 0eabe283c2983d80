CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL,
    created_at timestamptz NOT NULL,
    created_by varchar NOT NULL,
    created_pgm_cd text NOT NULL, -- expect: tables/common-columns public.t_order.created_pgm_cd "Common column created_pgm_cd is text; declare it as varchar."
    created_tx_id varchar(64) NOT NULL,
    updated_at timestamptz, -- expect: tables/common-columns public.t_order.updated_at "allows NULL; declare it NOT NULL"
    updated_by varchar(64) NOT NULL,
    updated_pgm_cd varchar(20) NOT NULL,
    updated_tx_id varchar(64)[] NOT NULL, -- expect: tables/common-columns public.t_order.updated_tx_id "is character varying(64)[]"
    lock_no integer NOT NULL DEFAULT 0, -- expect: tables/common-columns public.t_order.lock_no "has the default 0; set DEFAULT 1"
    patched_at timestamptz NOT NULL, -- expect: tables/common-columns public.t_order.patched_at "is NOT NULL; it stays NULL until a data patch"
    patched_by bigint, -- expect: tables/common-columns public.t_order.patched_by "declare it as varchar"
    patched_id varchar(64)
);
CREATE TABLE t_order_line (
    order_cd varchar(20) NOT NULL,
    created_at timestamptz NOT NULL,
    created_by varchar NOT NULL,
    created_pgm_cd varchar NOT NULL,
    created_tx_id varchar NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by varchar NOT NULL,
    updated_pgm_cd varchar NOT NULL,
    updated_tx_id varchar NOT NULL,
    lock_no bigint NOT NULL, -- expect: tables/common-columns public.t_order_line.lock_no "has the default null; set DEFAULT 1"
    patched_at timestamptz,
    patched_by varchar,
    patched_id varchar
);
