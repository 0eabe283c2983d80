-- options: { max-depth: 1 }
CREATE ROLE foo_ope_readonly;
CREATE ROLE foo_ope_maintainer IN ROLE foo_ope_readonly;
CREATE USER alice IN ROLE foo_ope_readonly;
CREATE ROLE bob; -- expect: security/role-nesting bob "bob -> foo_ope_maintainer -> foo_ope_readonly"
CREATE ROLE foo_cycle_a;
CREATE ROLE foo_cycle_b;
CREATE ROLE carol; -- expect(ddl-only): security/role-nesting carol "(carol -> foo_cycle_a -> foo_cycle_b), more than 1" -- PostgreSQL refuses the cycle below
GRANT foo_ope_maintainer TO bob;
GRANT foo_cycle_a TO foo_cycle_b;
GRANT foo_cycle_b TO foo_cycle_a; -- rejected: is a member of role
GRANT foo_cycle_a TO carol;
