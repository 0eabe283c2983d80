CREATE TABLE t_order (
    order_cd varchar(20) NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
-- the application binds created_at and updated_at in its INSERT and UPDATE statements
