CREATE SCHEMA sales;
CREATE TABLE sales.t_order (
    order_cd varchar(20) NOT NULL
);
CREATE TABLE sales.order_header ( -- expect: naming/table-prefix sales.order_header "Table order_header has no table-kind prefix"
    order_cd varchar(20) NOT NULL
);
CREATE TABLE "M_Item" ( -- expect: naming/table-prefix public.M_Item "Table M_Item has no table-kind prefix"
    item_cd varchar(10) NOT NULL
);
CREATE TABLE "m_Item" (
    item_cd varchar(10) NOT NULL
);
CREATE TABLE WR_ITEM (
    item_cd varchar(10) NOT NULL
);
