CREATE EXTENSION pg_stat_statements;
-- expect: extensions/required "Extension pg_hint_plan is not installed"; extensions/required "Extension pgaudit is not installed"
-- expect: extensions/required "Library auto_explain is not in shared_preload_libraries"
