CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ordered_at timestamptz NOT NULL,
    item_code varchar(20) NOT NULL,
    order_status_typ varchar(2) NOT NULL DEFAULT '00',
    order_date date NOT NULL,
    is_gift boolean NOT NULL DEFAULT false,
    line_count integer NOT NULL
);
