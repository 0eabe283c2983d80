CREATE SCHEMA sales;
CREATE TABLE sales.t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_cd varchar(10) NOT NULL
);
CREATE TABLE sales.t_sale_detail (
    sale_id bigint NOT NULL,
    shop_cd varchar(10) NOT NULL,
    CONSTRAINT fk_detail_sale FOREIGN KEY (sale_id) REFERENCES sales.t_sale (sale_id) ON DELETE CASCADE -- expect: constraints/no-foreign-key sales.t_sale_detail.fk_detail_sale "Foreign key fk_detail_sale on sales.t_sale_detail references sales.t_sale"
);
CREATE TABLE m_shop (shop_cd varchar(10) PRIMARY KEY);
ALTER TABLE sales.t_sale_detail ADD CONSTRAINT fk_detail_shop FOREIGN KEY (shop_cd) REFERENCES m_shop (shop_cd); -- expect: constraints/no-foreign-key sales.t_sale_detail.fk_detail_shop "references public.m_shop"
ALTER TABLE sales.t_sale ADD FOREIGN KEY (shop_cd) REFERENCES m_shop; -- expect: constraints/no-foreign-key sales.t_sale.t_sale_shop_cd_fkey
