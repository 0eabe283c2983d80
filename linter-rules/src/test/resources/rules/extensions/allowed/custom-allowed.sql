-- options: { allowed: [ pgcrypto ] }
CREATE EXTENSION pgcrypto;
CREATE EXTENSION pg_stat_statements; -- expect: extensions/allowed pg_stat_statements "or use one of pgcrypto"
CREATE EXTENSION postgis WITH SCHEMA public; -- expect: extensions/allowed postgis -- rejected: is not available -- PostGIS is not installed on the test server
