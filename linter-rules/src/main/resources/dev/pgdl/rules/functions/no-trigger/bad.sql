CREATE TABLE t_sale (
    sale_cd varchar(20) NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER t_sale_updated_at BEFORE UPDATE ON t_sale -- expect: functions/no-trigger public.t_sale.t_sale_updated_at "Trigger t_sale_updated_at on public.t_sale is prohibited"
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
