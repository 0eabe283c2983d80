-- rules: types/column-kind, types/banned-type
CREATE TABLE t_mail (
    sent_at timestamp, -- expect: types/banned-type public.t_mail.sent_at "timestamptz"
    mail_code char(4), -- expect: types/banned-type public.t_mail.mail_code
    retry_count smallint, -- expect: types/banned-type public.t_mail.retry_count
    read_at date -- expect: types/column-kind public.t_mail.read_at
);
