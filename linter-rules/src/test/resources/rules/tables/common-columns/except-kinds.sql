-- options: { except-kinds: [work, work-receive, work-send] }
CREATE TABLE w_import (line_no bigint NOT NULL, payload varchar(4000) NOT NULL);
CREATE TABLE wr_order (order_no varchar(20) NOT NULL);
CREATE TABLE t_order (order_id bigint NOT NULL); -- expect: tables/common-columns public.t_order "lacks the common columns"
