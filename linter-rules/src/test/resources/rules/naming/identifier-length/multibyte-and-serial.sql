CREATE TABLE m_商品 (
    配送センター別商品在庫数量配送センター別商品在庫数 integer NOT NULL, -- expect(ddl-only): naming/identifier-length public.m_商品.配送センター別商品在庫数量配送センター別商品在庫数 "75 bytes long" -- PostgreSQL truncates the name to 63 bytes
    倉庫センター別商品在庫数量配送センター別商 integer NOT NULL
);
CREATE TABLE t_inventory_quantity_by_distribution_center_history (
    inventory_quantity_id bigserial NOT NULL -- expect: naming/identifier-length public.t_inventory_quantity_by_distribution_center_history.inventory_quantity_id "more than 63"
);
CREATE TABLE t_inventory_quantity_by_distribution_center_and_product_category ( -- expect(ddl-only): naming/identifier-length "64 bytes long" -- PostgreSQL truncates the name to 63 bytes
    inventory_id bigint GENERATED ALWAYS AS IDENTITY -- expect(catalog-only): naming/identifier-length public.t_inventory_quantity_by_distribution_center_and_product_categor.inventory_id -- the table's truncated name leaves the implicit sequence name too long
);
CREATE SEQUENCE seq_inventory_quantity_by_distribution_center_and_product_cat_01; -- expect(ddl-only): naming/identifier-length public.seq_inventory_quantity_by_distribution_center_and_product_cat_01 -- PostgreSQL truncates the name to 63 bytes
