CREATE SCHEMA acc;
CREATE TABLE acc.t_ledger (
    booked_on date NOT NULL,
    rates NUMERIC[], -- expect: types/numeric-precision acc.t_ledger.rates "NUMERIC[]"
    amount numeric(10 , 2),
    tax_rate DECIMAL ( 4 ), -- expect(ddl-only): types/numeric-precision acc.t_ledger.tax_rate "DECIMAL ( 4 )"
    quantity bigint,
    ratio double precision
) PARTITION BY RANGE (booked_on);
CREATE TABLE acc.t_ledger_2024 PARTITION OF acc.t_ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE acc.t_ledger ADD COLUMN "Fee" numeric; -- expect: types/numeric-precision acc.t_ledger.Fee
