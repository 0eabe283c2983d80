CREATE ROLE foo_ope_readonly NOLOGIN;
CREATE USER alice;
GRANT foo_ope_readonly TO alice;
