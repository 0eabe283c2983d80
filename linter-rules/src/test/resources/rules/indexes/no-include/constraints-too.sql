CREATE TABLE m_employee (
    employee_id bigint GENERATED ALWAYS AS IDENTITY,
    first_name varchar(50) NOT NULL,
    "Last_Name" varchar(50) NOT NULL,
    CONSTRAINT pk_m_employee PRIMARY KEY (employee_id) INCLUDE (first_name, "Last_Name") -- expect: indexes/no-include public.m_employee.pk_m_employee "includes the columns first_name,"
);
CREATE INDEX idx_01_m_employee ON m_employee (first_name, "Last_Name");
