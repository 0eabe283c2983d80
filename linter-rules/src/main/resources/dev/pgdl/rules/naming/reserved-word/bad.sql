CREATE TABLE "order" ( -- expect: naming/reserved-word public.order "Name order is a reserved key word"
    "user" varchar(20) NOT NULL -- expect: naming/reserved-word public.order.user
);
