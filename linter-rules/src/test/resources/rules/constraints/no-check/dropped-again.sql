CREATE TABLE t_contact (
    contact_cd varchar(10),
    CONSTRAINT ck_cd CHECK (contact_cd <> '')
);
ALTER TABLE t_contact ADD CONSTRAINT t_contact_cd_not_null CHECK (contact_cd IS NOT NULL) NOT VALID;
ALTER TABLE t_contact VALIDATE CONSTRAINT t_contact_cd_not_null;
ALTER TABLE t_contact ALTER COLUMN contact_cd SET NOT NULL;
ALTER TABLE t_contact DROP CONSTRAINT t_contact_cd_not_null;
ALTER TABLE t_contact DROP CONSTRAINT ck_cd;
