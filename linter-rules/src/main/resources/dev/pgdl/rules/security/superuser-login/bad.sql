CREATE ROLE foo_ope_future_mano91 LOGIN SUPERUSER; -- expect: security/superuser-login foo_ope_future_mano91 "has SUPERUSER"
CREATE ROLE foo_ope_future_kato LOGIN CREATEROLE; -- expect: security/superuser-login foo_ope_future_kato "has CREATEROLE"
