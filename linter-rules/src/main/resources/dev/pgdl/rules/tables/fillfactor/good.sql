CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL
) WITH (fillfactor = 90);
CREATE TABLE w_user (
    user_id varchar(20) NOT NULL
) WITH (fillfactor = 100);
