CREATE TABLE t_visit (
    visit_id uuid,
    shop_id varchar(20), -- expect: types/column-kind public.t_visit.shop_id "bigint or integer or uuid"
    guest_count numeric(5,0), -- expect: types/column-kind public.t_visit.guest_count "integer or bigint"
    "is_Member" varchar(1), -- expect: types/column-kind public.t_visit.is_Member "boolean"
    has_coupon boolean NOT NULL DEFAULT false,
    visit_date timestamptz, -- expect: types/column-kind public.t_visit.visit_date "its name says it is date"
    left_at timestamp,
    area_code text,
    tag_codes varchar(10)[],
    old_count smallint,
    created_tx_id varchar(50) NOT NULL,
    trace_id varchar(36) DEFAULT gen_random_uuid()::text
);
