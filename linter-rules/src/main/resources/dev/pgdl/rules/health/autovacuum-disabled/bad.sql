CREATE TABLE w_import (line_no bigint NOT NULL) WITH (autovacuum_enabled = false); -- expect: health/autovacuum-disabled public.w_import "RESET (autovacuum_enabled)"
