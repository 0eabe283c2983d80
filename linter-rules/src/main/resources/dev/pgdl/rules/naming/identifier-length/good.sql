CREATE TABLE t_dc_inventory (
    dc_inventory_id bigint GENERATED ALWAYS AS IDENTITY,
    item_cd varchar(10) NOT NULL
);
