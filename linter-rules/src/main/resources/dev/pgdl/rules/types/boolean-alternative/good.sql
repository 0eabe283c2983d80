CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    verified_at timestamptz,
    order_status_typ varchar(2) NOT NULL DEFAULT '00',
    comment_count integer NOT NULL DEFAULT 1
);
