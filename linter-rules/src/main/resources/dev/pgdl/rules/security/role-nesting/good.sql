CREATE ROLE foo_ope_readonly;
CREATE ROLE foo_ope_maintainer;
CREATE ROLE foo_ope_admin;
CREATE USER alice;
GRANT foo_ope_readonly TO foo_ope_maintainer;
GRANT foo_ope_maintainer TO alice;
GRANT foo_ope_admin TO alice;
