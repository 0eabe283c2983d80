CREATE TABLE m_item (
    item_cd varchar(20) NOT NULL,
    color_cd varchar(20) NOT NULL,
    PRIMARY KEY (item_cd, color_cd)
);
CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_cd varchar(20) NOT NULL,
    color_cd varchar(20) NOT NULL,
    CONSTRAINT fk_order_item FOREIGN KEY (item_cd, color_cd) REFERENCES m_item (item_cd, color_cd)
);
CREATE INDEX idx_01_t_order ON t_order (color_cd, item_cd, order_id);
CREATE TABLE t_order_line (
    order_id bigint NOT NULL REFERENCES t_order (order_id),
    line_no integer NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE TABLE t_shipment (
    shipment_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES t_order (order_id), -- expect: constraints/foreign-key-index public.t_shipment.t_shipment_order_id_fkey
    "Item_Cd" varchar(20) NOT NULL,
    color_cd varchar(20) NOT NULL
);
CREATE INDEX idx_01_t_shipment ON t_shipment (order_id) WHERE shipment_id > 0;
CREATE INDEX idx_01_t_order_line ON t_order_line (line_no, order_id);
ALTER TABLE t_shipment ADD CONSTRAINT fk_shipment_item FOREIGN KEY ("Item_Cd", color_cd) REFERENCES m_item (item_cd, color_cd); -- expect: constraints/foreign-key-index public.t_shipment.fk_shipment_item "color_cd); create one"
CREATE INDEX idx_02_t_shipment ON t_shipment (lower("Item_Cd"), color_cd);
