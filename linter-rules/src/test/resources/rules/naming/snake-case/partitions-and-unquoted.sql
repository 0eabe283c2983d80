CREATE TABLE T_Sale (
    Sale_CD varchar(20) NOT NULL,
    Sold_On date NOT NULL
) PARTITION BY RANGE (Sold_On);
CREATE TABLE "T_Sale_2024" PARTITION OF t_sale FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TEMP TABLE "Tmp_Sale" (sale_cd varchar(20)); -- expect: naming/snake-case pg_temp.Tmp_Sale "tmp_sale"
