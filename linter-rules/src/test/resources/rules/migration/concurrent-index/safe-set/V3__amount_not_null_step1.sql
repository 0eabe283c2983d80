SET lock_timeout = '5s';
ALTER TABLE t_order ADD CONSTRAINT t_order_amount_not_null CHECK (amount IS NOT NULL) NOT VALID;
ALTER TABLE t_order ADD CONSTRAINT fk_t_order_customer FOREIGN KEY (customer_id) REFERENCES m_customer (customer_id) NOT VALID;
