-- options: { policy: none }
CREATE TABLE m_shop (
    shop_name varchar(100)
);
