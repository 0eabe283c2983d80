CREATE TABLE "T_Item" (
    "Item_Id" int NOT NULL, -- expect: types/identity-bigint public.T_Item.Item_Id "integer"
    amount numeric(10,0) GENERATED ALWAYS AS IDENTITY -- expect: types/identity-bigint public.T_Item.amount "numeric(10,0)"
);
ALTER TABLE "T_Item" ALTER COLUMN "Item_Id" ADD GENERATED ALWAYS AS IDENTITY;
