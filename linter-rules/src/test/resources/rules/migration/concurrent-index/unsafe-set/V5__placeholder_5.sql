-- nothing in version 5 yet
SELECT 1;
