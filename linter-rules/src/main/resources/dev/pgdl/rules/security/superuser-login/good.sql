CREATE ROLE foo_ope_maintainer NOLOGIN;
CREATE ROLE foo_ope_future_mano91 LOGIN;
GRANT foo_ope_maintainer TO foo_ope_future_mano91;
