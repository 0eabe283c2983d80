CREATE TABLE m_商品 (
    配送センター別商品在庫数量配送センター別商品在庫数 integer NOT NULL, -- expect: naming/identifier-length public.m_商品.配送センター別商品在庫数量配送センター別商品在庫数 "75 bytes long"
    配送センター別商品在庫数量配送センター別商 integer NOT NULL
);
CREATE TABLE t_inventory_quantity_by_distribution_center_history (
    inventory_quantity_id bigserial NOT NULL -- expect: naming/identifier-length public.t_inventory_quantity_by_distribution_center_history.inventory_quantity_id "more than 63"
);
CREATE TABLE t_inventory_quantity_by_distribution_center_and_product_category ( -- expect: naming/identifier-length "64 bytes long"
    inventory_id bigint GENERATED ALWAYS AS IDENTITY
);
CREATE SEQUENCE seq_inventory_quantity_by_distribution_center_and_product_cat_01; -- expect: naming/identifier-length public.seq_inventory_quantity_by_distribution_center_and_product_cat_01
