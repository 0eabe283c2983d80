-- options: { conventions: [ { name: "_flg$", type: "boolean", not-null: true }, { name: "_no$", type: "bigint" } ] }
CREATE TABLE t_slip (
    slip_no integer, -- expect: types/column-kind public.t_slip.slip_no "its name says it is bigint"
    print_flg boolean, -- expect: types/column-kind public.t_slip.print_flg "NOT NULL"
    paid_at date
);
