-- options: { severity: warning, dictionary: dictionary.csv, ignore-words: [api] }
CREATE TABLE m_item (
    item_cd    varchar(20) NOT NULL,
    item_name  varchar(100) NOT NULL,
    unit_price numeric(10, 2) NOT NULL
);
CREATE TABLE t_order (
    order_date date NOT NULL,
    customer_cd varchar(20) NOT NULL,
    api_cd      varchar(20) NOT NULL
);
