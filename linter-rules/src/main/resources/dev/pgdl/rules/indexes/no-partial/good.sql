CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ordered_on date NOT NULL,
    status_typ varchar(2) NOT NULL
);
CREATE INDEX idx_01_t_order ON t_order (ordered_on);
