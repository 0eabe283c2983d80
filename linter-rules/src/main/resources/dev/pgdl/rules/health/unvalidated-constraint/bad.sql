CREATE TABLE t_order (order_id bigint NOT NULL, order_no varchar(20));
ALTER TABLE t_order ADD CONSTRAINT t_order_order_no_not_null CHECK (order_no IS NOT NULL) NOT VALID; -- expect: health/unvalidated-constraint public.t_order.t_order_order_no_not_null "VALIDATE CONSTRAINT"
