-- options: { severity: warning, dictionary: dictionary.csv }
CREATE TABLE m_product ( -- expect: naming/dictionary public.m_product "uses the word product"
    item_cd   varchar(20) NOT NULL,
    item_nmae varchar(100) NOT NULL, -- expect: naming/dictionary public.m_product.item_nmae "did you mean name (名)?"
    unit_cost  numeric(10, 2) NOT NULL -- expect: naming/dictionary public.m_product.unit_cost "uses the word unit"; naming/dictionary public.m_product.unit_cost "uses the word cost"
);
