CREATE TABLE t_order (order_id bigint NOT NULL, order_no varchar(20) NOT NULL);
INSERT INTO t_order VALUES (1, 'A-1'), (2, 'A-1');
CREATE UNIQUE INDEX CONCURRENTLY uk_t_order ON t_order (order_no); -- rejected: could not create unique index -- expect: health/invalid-index public.uk_t_order "DROP INDEX CONCURRENTLY"
