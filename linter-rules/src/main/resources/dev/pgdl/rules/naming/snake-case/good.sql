CREATE TABLE m_stock (
    portfolio_entry varchar(20) NOT NULL,
    Item_CD varchar(10) NOT NULL
);
