CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
CREATE EXTENSION IF NOT EXISTS pg_bigm; -- rejected: is not available -- pg_bigm is not installed on the test server
CREATE EXTENSION IF NOT EXISTS btree_gist;
