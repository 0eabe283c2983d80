-- nothing in version 4 yet
SELECT 1;
