CREATE TABLE t_order ( -- expect: tables/fillfactor public.t_order "does not set fillfactor; set WITH (fillfactor = 90)"
    order_cd varchar(20) NOT NULL
);
CREATE TABLE w_user ( -- expect: tables/fillfactor public.w_user "sets fillfactor 90; set it to 100"
    user_id varchar(20) NOT NULL
) WITH (fillfactor = 90);
