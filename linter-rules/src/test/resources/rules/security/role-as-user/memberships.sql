CREATE ROLE foo_app LOGIN; -- expect: security/role-as-user foo_app "granted to bob, foo_app_batch"
CREATE ROLE foo_app_batch;
CREATE USER bob IN ROLE foo_app;
GRANT foo_app TO foo_app_batch;
CREATE USER carol;
CREATE ROLE foo_ope_readonly;
GRANT foo_ope_readonly TO carol;
