-- rules: types/uuid-type, types/banned-type, types/column-kind
CREATE TABLE t_session (
    session_id varchar(36) NOT NULL DEFAULT gen_random_uuid()::text, -- expect: types/uuid-type public.t_session.session_id
    "DeviceUUID" char(36), -- expect: types/uuid-type public.t_session.DeviceUUID "character(36)"
    token_uuid text, -- expect: types/uuid-type public.t_session.token_uuid "text"
    request_uuid uuid,
    trace_id text -- expect: types/banned-type public.t_session.trace_id; types/column-kind public.t_session.trace_id
);
