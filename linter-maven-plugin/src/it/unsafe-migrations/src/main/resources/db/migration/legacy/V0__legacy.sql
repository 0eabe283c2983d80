CREATE TABLE legacy_money (amount money);
