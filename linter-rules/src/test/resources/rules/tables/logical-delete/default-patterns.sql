CREATE TABLE m_employee (
    employee_cd varchar(10) NOT NULL,
    is_deleted boolean NOT NULL, -- expect: tables/logical-delete public.m_employee.is_deleted "Column is_deleted of public.m_employee"
    "Del_Flg" char(1) NOT NULL, -- expect: tables/logical-delete public.m_employee.Del_Flg
    delete_flag boolean NOT NULL, -- expect: tables/logical-delete public.m_employee.delete_flag
    deleted boolean NOT NULL, -- expect: tables/logical-delete public.m_employee.deleted
    sakujo_kbn varchar(1) NOT NULL, -- expect: tables/logical-delete public.m_employee.sakujo_kbn
    retired_flg boolean NOT NULL,
    deleted_by_batch_cd varchar(10),
    model_flg boolean NOT NULL
);
CREATE TABLE t_message (
    message_id bigint NOT NULL,
    sent_on date NOT NULL,
    del_flg boolean NOT NULL -- expect: tables/logical-delete public.t_message.del_flg
) PARTITION BY RANGE (sent_on);
CREATE TABLE t_message_2024 PARTITION OF t_message FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
