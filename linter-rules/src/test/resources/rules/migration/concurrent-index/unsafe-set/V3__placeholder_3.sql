-- nothing in version 3 yet
SELECT 1;
