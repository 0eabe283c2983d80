-- options: {min-size-mb: 0}
CREATE TABLE t_order (order_id bigint NOT NULL, order_no varchar(20) NOT NULL);
CREATE UNIQUE INDEX uk_t_order ON t_order (order_no);
