-- nothing in version 6 yet
SELECT 1;
