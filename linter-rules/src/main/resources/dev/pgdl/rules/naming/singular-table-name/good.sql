CREATE TABLE t_order (
    order_id bigint NOT NULL
);
CREATE TABLE m_item_category (
    category_cd varchar(10) NOT NULL
);
CREATE TABLE m_order_status (
    status_cd varchar(2) NOT NULL
);
