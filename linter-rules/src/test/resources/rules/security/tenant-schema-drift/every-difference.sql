-- options: { tenant-schemas: "tenant_*" }
CREATE SCHEMA tenant_a;
CREATE SCHEMA tenant_b;
CREATE SCHEMA tenant_c; -- expect: security/tenant-schema-drift tenant_c "lacks table m_item of the reference schema tenant_a"; security/tenant-schema-drift tenant_c "lacks table t_order"
CREATE SCHEMA sales;
CREATE TABLE tenant_a.m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY,
    item_name varchar(100) NOT NULL DEFAULT '',
    price numeric(10, 0),
    CONSTRAINT pk_m_item PRIMARY KEY (item_id),
    CONSTRAINT ck_price CHECK (price >= 0)
);
CREATE TABLE tenant_a.t_order (
    order_id serial NOT NULL,
    item_id bigint NOT NULL REFERENCES tenant_a.m_item (item_id)
);
CREATE INDEX idx_01_t_order ON tenant_a.t_order (item_id);
CREATE INDEX idx_02_t_order ON tenant_a.t_order (order_id);
CREATE TABLE tenant_b.m_item (
    item_id bigint GENERATED ALWAYS AS IDENTITY,
    item_name varchar(200) NOT NULL DEFAULT '', -- expect: security/tenant-schema-drift tenant_b.m_item.item_name "is character varying(200) NOT NULL DEFAULT '' but character varying(100) NOT NULL DEFAULT '' in the reference schema tenant_a"
    price numeric(10, 0) NOT NULL, -- expect: security/tenant-schema-drift tenant_b.m_item.price "is numeric(10,0) NOT NULL but numeric(10,0) in"
    CONSTRAINT pk_m_item PRIMARY KEY (item_id),
    CONSTRAINT ck_price CHECK (price > 0), -- expect: security/tenant-schema-drift tenant_b.m_item.ck_price "differs"
    CONSTRAINT uk_m_item UNIQUE (item_name) -- expect: security/tenant-schema-drift tenant_b.m_item.uk_m_item "does not exist"
);
CREATE TABLE tenant_b.t_order ( -- expect: security/tenant-schema-drift tenant_b.t_order "lacks constraint t_order_item_id_fkey"; security/tenant-schema-drift tenant_b.t_order "lacks index idx_02_t_order"
    order_id serial NOT NULL,
    item_id bigint NOT NULL
);
CREATE INDEX idx_01_t_order ON tenant_b.t_order (item_id, order_id); -- expect: security/tenant-schema-drift tenant_b.idx_01_t_order "differs"
CREATE INDEX idx_03_t_order ON tenant_b.t_order (order_id); -- expect: security/tenant-schema-drift tenant_b.idx_03_t_order "does not exist"
CREATE TABLE tenant_b.w_trial (trial_id bigint NOT NULL); -- expect: security/tenant-schema-drift tenant_b.w_trial "does not exist in the reference schema tenant_a"
CREATE INDEX idx_01_w_trial ON tenant_b.w_trial (trial_id);
CREATE TABLE sales.t_order (order_id bigint NOT NULL);
