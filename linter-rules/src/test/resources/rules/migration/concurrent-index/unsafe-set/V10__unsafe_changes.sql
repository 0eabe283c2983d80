CREATE INDEX idx_02_t_order ON t_order (amount); -- expect: migration/concurrent-index
ALTER TABLE t_order ALTER COLUMN amount SET NOT NULL; -- expect: migration/safe-not-null; migration/lock-timeout
ALTER TABLE t_order ADD CONSTRAINT fk_t_order_customer FOREIGN KEY (customer_id) REFERENCES m_customer (customer_id); -- expect: migration/constraint-not-valid
ALTER TABLE t_order RENAME COLUMN note TO memo; -- expect: migration/rename; migration/view-dependency
ALTER TABLE t_order ALTER COLUMN order_id TYPE bigint; -- expect: migration/column-type-change; migration/view-dependency -- rejected: cannot alter type of a column used by a view or rule
ALTER TABLE t_order ADD COLUMN created_at timestamptz DEFAULT clock_timestamp(); -- expect: migration/volatile-default
ALTER TABLE t_order DROP COLUMN legacy_code; -- expect: migration/destructive
VACUUM FULL t_order; -- expect: migration/vacuum-full
