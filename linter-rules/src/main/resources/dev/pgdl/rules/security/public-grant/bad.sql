CREATE TABLE t_order (order_id bigint NOT NULL);
GRANT SELECT ON t_order TO PUBLIC; -- expect: security/public-grant public "SELECT on public.t_order"
GRANT CREATE ON SCHEMA public TO PUBLIC; -- expect: security/public-grant public "CREATE on public"
