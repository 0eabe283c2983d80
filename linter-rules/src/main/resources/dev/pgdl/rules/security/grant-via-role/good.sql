CREATE TABLE t_order (order_id bigint NOT NULL);
CREATE ROLE foo_ope_maintainer NOLOGIN;
CREATE USER alice;
GRANT SELECT, UPDATE ON t_order TO foo_ope_maintainer;
GRANT foo_ope_maintainer TO alice;
