-- nothing in version 9 yet
SELECT 1;
