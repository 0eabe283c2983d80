-- rules: types/string-default, types/column-kind
CREATE TABLE t_task (
    task_status_typ varchar(2) DEFAULT '00', -- expect: types/column-kind public.t_task.task_status_typ "category"
    task_kind_typ varchar(2), -- expect: types/column-kind public.t_task.task_kind_typ; types/string-default public.t_task.task_kind_typ "has no default"
    task_name varchar(50) -- expect: types/string-default public.t_task.task_name "allows NULL"
);
