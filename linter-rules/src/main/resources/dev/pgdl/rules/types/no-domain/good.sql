CREATE TABLE t_stock (
    item_cd varchar(10) NOT NULL,
    quantity integer NOT NULL
);
