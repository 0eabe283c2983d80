-- options: { max-depth: 1 }
CREATE ROLE foo_ope_readonly;
CREATE ROLE foo_ope_maintainer IN ROLE foo_ope_readonly;
CREATE USER alice IN ROLE foo_ope_readonly;
GRANT foo_ope_maintainer TO bob; -- expect: security/role-nesting bob "bob -> foo_ope_maintainer -> foo_ope_readonly"
GRANT foo_cycle_a TO foo_cycle_b;
GRANT foo_cycle_b TO foo_cycle_a;
GRANT foo_cycle_a TO carol; -- expect: security/role-nesting carol "(carol -> foo_cycle_a -> foo_cycle_b), more than 1"
