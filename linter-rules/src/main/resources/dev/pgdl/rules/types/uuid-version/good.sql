-- target-postgres: 18
CREATE TABLE t_order (
    order_id uuid PRIMARY KEY DEFAULT uuidv7() -- rejected: does not exist -- uuidv7() is new in PostgreSQL 18; the tests run 17
);
