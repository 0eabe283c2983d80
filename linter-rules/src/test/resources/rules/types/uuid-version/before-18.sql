-- target-postgres: 16
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE SCHEMA app;
CREATE TABLE app."T_Device" (
    device_id uuid PRIMARY KEY DEFAULT public.uuid_generate_v4(), -- expect: types/uuid-version app.T_Device.device_id "PostgreSQL 16 has no uuidv7()"
    boot_id uuid DEFAULT uuid_generate_v1mc(), -- expect: types/uuid-version app.T_Device.boot_id "uuid_generate_v1mc()"
    batch_id uuid,
    legacy_uuid varchar(36) DEFAULT gen_random_uuid()::text
);
