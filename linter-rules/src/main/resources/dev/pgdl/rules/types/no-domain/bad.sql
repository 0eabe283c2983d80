CREATE DOMAIN posint AS integer CHECK (VALUE > 0); -- expect: types/no-domain public.posint "DOMAIN public.posint is prohibited; use its base type integer"
CREATE TABLE t_stock (
    item_cd varchar(10) NOT NULL,
    quantity posint NOT NULL -- expect: types/no-domain public.t_stock.quantity "has the DOMAIN type public.posint"
);
