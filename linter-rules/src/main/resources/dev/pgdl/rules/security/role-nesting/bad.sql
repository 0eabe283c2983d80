CREATE ROLE foo_ope_readonly;
CREATE ROLE foo_ope_maintainer;
CREATE ROLE foo_ope_admin;
CREATE USER alice; -- expect: security/role-nesting alice "alice -> foo_ope_admin -> foo_ope_maintainer -> foo_ope_readonly"
GRANT foo_ope_readonly TO foo_ope_maintainer;
GRANT foo_ope_maintainer TO foo_ope_admin;
GRANT foo_ope_admin TO alice;
