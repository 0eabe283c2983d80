CREATE TABLE m_user (
    user_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    is_admin bool NOT NULL, -- expect: types/boolean-not-null public.m_user.is_admin "has no default; add DEFAULT false"
    is_locked boolean DEFAULT false, -- expect: types/boolean-not-null public.m_user.is_locked "allows NULL; declare it NOT NULL DEFAULT false"
    is_guest boolean NOT NULL DEFAULT 'f'::boolean,
    is_trial boolean NOT NULL DEFAULT 'off',
    is_active boolean NOT NULL DEFAULT 'yes', -- expect: types/boolean-not-null public.m_user.is_active "has the default 'yes'"
    flags boolean[],
    is_named boolean GENERATED ALWAYS AS (user_id > 0) STORED
);
