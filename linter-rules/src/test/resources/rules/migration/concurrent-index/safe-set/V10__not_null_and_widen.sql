SET lock_timeout = '5s';
ALTER TABLE t_order ALTER COLUMN amount SET NOT NULL;
ALTER TABLE t_order DROP CONSTRAINT t_order_amount_not_null;
ALTER TABLE t_order ALTER COLUMN note TYPE varchar(200);
ALTER TABLE t_order ADD COLUMN created_at timestamptz DEFAULT now();
ALTER TABLE t_order ADD COLUMN token uuid;
ALTER TABLE t_order ALTER COLUMN token SET DEFAULT gen_random_uuid();
