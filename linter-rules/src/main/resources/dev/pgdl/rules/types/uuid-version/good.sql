-- target-postgres: 18
CREATE TABLE t_order (
    order_id uuid PRIMARY KEY DEFAULT uuidv7()
);
