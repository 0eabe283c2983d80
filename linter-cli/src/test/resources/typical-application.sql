-- A schema in the style of typical application DDL: every construct issue 3 lists.
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE EXTENSION IF NOT EXISTS ltree;

CREATE TYPE order_status AS ENUM ('new', 'paid');
CREATE DOMAIN positive_amount AS numeric CHECK (VALUE > 0);

CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
    email VARCHAR NOT NULL,
    bio TEXT,
    country CHAR(2),
    score REAL,
    balance MONEY,
    login_count SMALLINT DEFAULT 0,
    verified BOOLEAN,
    deleted_flg BOOLEAN NOT NULL DEFAULT false,
    tags TEXT[],
    path ltree,
    settings JSONB,
    active_during tstzrange,
    full_name VARCHAR(200) GENERATED ALWAYS AS (email || '') STORED,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    CHECK (score >= 0)
);

CREATE TABLE base_entities (id bigint);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    user_id uuid REFERENCES users (id) ON DELETE CASCADE,
    status order_status NOT NULL,
    amount positive_amount,
    a integer, b integer, c integer, d integer
) INHERITS (base_entities);

CREATE INDEX orders_lower_status ON orders (lower(status::text));
CREATE INDEX orders_hash ON orders USING hash (user_id);
CREATE INDEX orders_partial ON orders (user_id) WHERE status = 'new';
CREATE INDEX orders_include ON orders (user_id) INCLUDE (amount);
CREATE INDEX orders_four ON orders (a, b, c, d);
CREATE INDEX orders_user ON orders (user_id);
CREATE INDEX orders_user_status ON orders (user_id, status);
CREATE INDEX users_settings ON users USING gin (settings);

CREATE VIEW all_users AS SELECT * FROM users;
CREATE VIEW nested_users AS SELECT id FROM all_users;
CREATE TEMP VIEW temp_users AS SELECT id FROM users;

CREATE FUNCTION count_orders() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM orders $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();

CREATE ROLE app_user LOGIN;
CREATE ROLE app_admin LOGIN;
GRANT app_admin TO app_user;
GRANT SELECT ON users TO app_user;

CREATE TEMP TABLE work_items (id bigint);
