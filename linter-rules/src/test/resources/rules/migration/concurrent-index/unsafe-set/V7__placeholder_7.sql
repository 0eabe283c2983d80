-- nothing in version 7 yet
SELECT 1;
