-- options: { max: 1 }
CREATE TABLE t_order_line (
    order_id bigint NOT NULL,
    line_no integer NOT NULL,
    item_cd varchar(20) NOT NULL,
    PRIMARY KEY (order_id, line_no) -- expect: indexes/max-columns public.t_order_line.t_order_line_pkey "Index t_order_line_pkey on public.t_order_line has 2 key columns, more than 1;"
);
CREATE INDEX idx_01_t_order_line ON t_order_line (item_cd) INCLUDE (line_no);
CREATE INDEX idx_02_t_order_line ON t_order_line (item_cd, lower(item_cd)); -- expect: indexes/max-columns public.idx_02_t_order_line "has 2 key columns"
