CREATE TABLE t_order (
    user_cd varchar(20) NOT NULL,
    "Order" varchar(20),
    name varchar(100)
);
