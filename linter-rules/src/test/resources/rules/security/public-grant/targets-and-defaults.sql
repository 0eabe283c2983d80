CREATE SCHEMA sales;
CREATE TABLE sales."T_Order" (order_id bigint NOT NULL);
CREATE VIEW v_order AS SELECT 1 AS one;
CREATE SEQUENCE seq_t_order_01;
CREATE ROLE foo_app NOLOGIN;
CREATE FUNCTION f_one() RETURNS integer LANGUAGE sql AS 'SELECT 1';
GRANT SELECT, INSERT ON sales."T_Order" TO foo_app, PUBLIC; -- expect: security/public-grant public "SELECT, INSERT on sales.T_Order"
GRANT SELECT ON v_order TO PUBLIC; -- expect: security/public-grant public "SELECT on public.v_order"
GRANT USAGE ON SEQUENCE seq_t_order_01 TO PUBLIC; -- expect: security/public-grant public "USAGE on public.seq_t_order_01"
GRANT SELECT ON ALL TABLES IN SCHEMA sales TO PUBLIC; -- expect: security/public-grant public "SELECT on sales"
GRANT USAGE ON SCHEMA sales TO PUBLIC; -- expect: security/public-grant public "USAGE on sales"
GRANT ALL ON SCHEMA public TO PUBLIC; -- expect: security/public-grant public "ALL on public"
GRANT USAGE, CREATE ON SCHEMA public TO PUBLIC; -- expect: security/public-grant public "CREATE on public is granted"
GRANT CONNECT, TEMPORARY ON DATABASE app TO PUBLIC; -- rejected: does not exist -- each fixture gets a database of its own name
GRANT EXECUTE ON FUNCTION f_one() TO PUBLIC;
GRANT USAGE ON SCHEMA public TO PUBLIC;
GRANT SELECT ON sales."T_Order" TO foo_app;
