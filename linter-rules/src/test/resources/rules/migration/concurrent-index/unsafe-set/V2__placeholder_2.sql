-- nothing in version 2 yet
SELECT 1;
