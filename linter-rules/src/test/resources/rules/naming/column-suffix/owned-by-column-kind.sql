-- rules: types/column-kind, naming/column-suffix
CREATE TABLE t_shipment (
    shipped_at date, -- expect: types/column-kind public.t_shipment.shipped_at
    carrier_id date, -- expect: types/column-kind public.t_shipment.carrier_id
    is_express timestamptz, -- expect: types/column-kind public.t_shipment.is_express
    arrival timestamptz, -- expect: naming/column-suffix public.t_shipment.arrival "_at$"
    "Fragile" boolean NOT NULL DEFAULT false, -- expect: naming/column-suffix public.t_shipment.Fragile
    created_at timestamptz NOT NULL,
    patched_at timestamptz
);
