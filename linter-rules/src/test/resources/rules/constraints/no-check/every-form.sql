CREATE TABLE t_contact (
    contact_cd varchar(10) NOT NULL CHECK (contact_cd <> ''), -- expect: constraints/no-check public.t_contact.t_contact_contact_cd_check "CHECK constraint t_contact_contact_cd_check on public.t_contact checks contact_cd <> ''"
    phone varchar(13) CONSTRAINT ck_phone CHECK (phone ~ '^[0-9-]+$'), -- expect: constraints/no-check public.t_contact.ck_phone
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    CONSTRAINT ck_period CHECK (valid_from <= valid_to) -- expect: constraints/no-check public.t_contact.ck_period "remove it and validate the values in the application"
);
ALTER TABLE t_contact ADD CONSTRAINT ck_phone_length CHECK (length(phone) >= 10) NOT VALID; -- expect: constraints/no-check public.t_contact.ck_phone_length
ALTER TABLE t_contact ADD CHECK (valid_to < '9999-12-31'); -- expect: constraints/no-check public.t_contact.t_contact_valid_to_check
