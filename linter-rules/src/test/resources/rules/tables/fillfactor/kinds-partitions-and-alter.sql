CREATE TABLE h_order (order_cd varchar(20) NOT NULL) WITH (fillfactor = 100);
CREATE TABLE hist_order (order_cd varchar(20) NOT NULL) WITH (FILLFACTOR = 100);
CREATE TABLE wr_order (order_cd varchar(20) NOT NULL) WITH (fillfactor = 100);
CREATE TABLE ws_order (order_cd varchar(20) NOT NULL); -- expect: tables/fillfactor public.ws_order "fillfactor = 100"
CREATE TABLE m_item (item_cd varchar(10) NOT NULL) WITH (fillfactor = 100); -- expect: tables/fillfactor public.m_item "sets fillfactor 100; set it to 90"
CREATE TABLE "Order_Note" (note varchar(100)); -- expect: tables/fillfactor public.Order_Note "fillfactor = 90"
CREATE TABLE t_sale (
    sale_cd varchar(20) NOT NULL,
    sold_on date NOT NULL
) PARTITION BY RANGE (sold_on);
CREATE TABLE sale_2024 PARTITION OF t_sale FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') WITH (fillfactor = 90);
CREATE TABLE sale_2025 PARTITION OF t_sale FOR VALUES FROM ('2025-01-01') TO ('2026-01-01'); -- expect: tables/fillfactor public.sale_2025 "fillfactor = 90"
CREATE TABLE h_sale (
    sale_cd varchar(20) NOT NULL,
    sold_on date NOT NULL
) PARTITION BY RANGE (sold_on);
CREATE TABLE sale_hist_2024 PARTITION OF h_sale FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') WITH (fillfactor = 100);
CREATE SCHEMA work;
CREATE TABLE work.w_import (import_cd varchar(20) NOT NULL);
ALTER TABLE work.w_import SET (fillfactor = 100);
CREATE TEMP TABLE tmp_import (import_cd varchar(20) NOT NULL) ON COMMIT DELETE ROWS;
