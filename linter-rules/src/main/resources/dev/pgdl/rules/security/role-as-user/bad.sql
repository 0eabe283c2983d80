CREATE ROLE foo_ope_readonly LOGIN; -- expect: security/role-as-user foo_ope_readonly "is granted to alice"
CREATE USER alice;
GRANT foo_ope_readonly TO alice;
