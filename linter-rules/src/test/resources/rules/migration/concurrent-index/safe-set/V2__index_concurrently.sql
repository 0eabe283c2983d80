CREATE INDEX CONCURRENTLY idx_02_t_order ON t_order (amount);
