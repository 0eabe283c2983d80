-- options: { conventions: [ { type: date, name: "^dt_" }, { type: "numeric", name: "_amt$" } ] }
CREATE SCHEMA acc;
CREATE TABLE acc.t_bill (
    dt_billed date,
    billed date, -- expect: naming/column-suffix acc.t_bill.billed "^dt_"
    total numeric(12,0), -- expect: naming/column-suffix acc.t_bill.total "_amt$"
    tax_amt numeric(12,0),
    paid boolean,
    days date[]
);
