-- options: {required: [pg_stat_statements], preloaded: []}
CREATE EXTENSION pg_stat_statements;
