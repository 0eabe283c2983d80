CREATE TABLE t_order (order_id bigint NOT NULL);
CREATE SEQUENCE seq_t_order_01;
CREATE ROLE foo_app NOLOGIN;
CREATE USER alice; -- expect: security/grant-via-role alice "public.t_order (SELECT); public.seq_t_order_01 (USAGE)"
CREATE USER bob;
GRANT SELECT ON t_order TO foo_app, PUBLIC, alice;
GRANT USAGE ON SEQUENCE seq_t_order_01 TO alice;
GRANT foo_app TO bob;
GRANT INSERT ON t_order TO someone_else; -- rejected: does not exist
