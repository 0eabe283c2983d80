CREATE TABLE t_sale (
    sale_cd varchar(20) NOT NULL,
    updated_at timestamptz NOT NULL
);
-- the application sets updated_at in its UPDATE statement
