CREATE TABLE t_orders ( -- expect: naming/singular-table-name public.t_orders "use the singular order"
    order_id bigint NOT NULL
);
CREATE TABLE m_item_categories ( -- expect: naming/singular-table-name public.m_item_categories "category"
    category_cd varchar(10) NOT NULL
);
