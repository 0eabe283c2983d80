CREATE TABLE t_order (order_id bigint NOT NULL);
CREATE USER alice; -- expect: security/grant-via-role alice "public.t_order (SELECT, UPDATE)"
GRANT SELECT, UPDATE ON t_order TO alice;
