-- target-postgres: 18
CREATE TABLE t_order (
    order_id uuid PRIMARY KEY DEFAULT gen_random_uuid() -- expect: types/uuid-version public.t_order.order_id "use DEFAULT uuidv7()"
);
