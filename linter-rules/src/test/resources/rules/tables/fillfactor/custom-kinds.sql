-- options: { append-only-kinds: [ history ] }
CREATE TABLE w_user (user_id varchar(20) NOT NULL) WITH (fillfactor = 100); -- expect: tables/fillfactor public.w_user "set it to 90"
CREATE TABLE h_user (user_id varchar(20) NOT NULL) WITH (fillfactor = 100);
