CREATE TABLE m_employee (
    employee_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_name varchar(50) NOT NULL,
    last_name varchar(50) NOT NULL
);
CREATE INDEX idx_01_m_employee ON m_employee (first_name);
