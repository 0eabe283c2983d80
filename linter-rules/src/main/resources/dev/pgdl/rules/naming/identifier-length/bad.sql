CREATE TABLE t_inventory_quantity_by_distribution_center_and_product_category_code ( -- expect(ddl-only): naming/identifier-length public.t_inventory_quantity_by_distribution_center_and_product_category_code "69 bytes long, more than 63" -- PostgreSQL truncates the name to 63 bytes
    item_cd varchar(10) NOT NULL
);
CREATE TABLE t_inventory_quantity_by_distribution_center (
    inventory_quantity_by_distribution_center_id bigint GENERATED ALWAYS AS IDENTITY -- expect: naming/identifier-length public.t_inventory_quantity_by_distribution_center.inventory_quantity_by_distribution_center_id "would be named"
);
