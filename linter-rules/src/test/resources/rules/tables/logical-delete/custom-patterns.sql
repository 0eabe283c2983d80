-- options: { patterns: [ "invalid_(flg|kbn)", ".*_deleted" ] }
CREATE TABLE m_customer (
    customer_cd varchar(10) NOT NULL,
    deleted_flg boolean NOT NULL,
    invalid_flg boolean NOT NULL, -- expect: tables/logical-delete public.m_customer.invalid_flg
    record_deleted boolean NOT NULL -- expect: tables/logical-delete public.m_customer.record_deleted
);
