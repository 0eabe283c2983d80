CREATE TABLE "T_Item" (
    "Item_Id" int NOT NULL -- expect: types/identity-bigint public.T_Item.Item_Id "integer"
);
CREATE TABLE t_amount (
    amount numeric(10,0) GENERATED ALWAYS AS IDENTITY -- expect: types/identity-bigint public.t_amount.amount "numeric(10,0)" -- rejected: identity column type must be
);
ALTER TABLE "T_Item" ALTER COLUMN "Item_Id" ADD GENERATED ALWAYS AS IDENTITY;
