CREATE ROLE foo_base;
CREATE ROLE foo_mid;
CREATE ROLE foo_top;
CREATE USER alice; -- expect: security/role-nesting alice "through 3 levels of roles (alice -> foo_top -> foo_mid -> foo_base)"
CREATE USER bob;
GRANT foo_base TO foo_mid;
GRANT foo_mid TO foo_top;
GRANT foo_base, foo_top TO alice;
GRANT foo_top TO bob;
REVOKE foo_top FROM bob;
