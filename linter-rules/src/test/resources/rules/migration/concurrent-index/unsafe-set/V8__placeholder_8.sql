-- nothing in version 8 yet
SELECT 1;
