CREATE TABLE t_order (order_id bigint NOT NULL);
CREATE ROLE foo_app NOLOGIN;
GRANT SELECT ON t_order TO foo_app;
GRANT USAGE ON SCHEMA public TO PUBLIC;
