CREATE TABLE w_import (line_no bigint NOT NULL) WITH (fillfactor = 100);
