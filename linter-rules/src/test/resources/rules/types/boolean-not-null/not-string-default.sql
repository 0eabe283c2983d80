-- rules: types/boolean-not-null, types/string-default
CREATE TABLE m_shop (
    shop_cd varchar(10) PRIMARY KEY,
    shop_name varchar(100), -- expect: types/string-default public.m_shop.shop_name
    is_open boolean -- expect: types/boolean-not-null public.m_shop.is_open
);
