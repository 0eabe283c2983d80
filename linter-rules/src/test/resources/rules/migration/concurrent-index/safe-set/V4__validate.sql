ALTER TABLE t_order VALIDATE CONSTRAINT t_order_amount_not_null;
ALTER TABLE t_order VALIDATE CONSTRAINT fk_t_order_customer;
