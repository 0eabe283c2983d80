-- rules: types/no-zero-default, tables/common-columns
CREATE TABLE t_cart ( -- expect: tables/common-columns public.t_cart "lacks the common columns"
    item_count integer DEFAULT 0, -- expect: types/no-zero-default public.t_cart.item_count
    lock_no bigint NOT NULL DEFAULT 0 -- expect: tables/common-columns public.t_cart.lock_no "set DEFAULT 1"
);
