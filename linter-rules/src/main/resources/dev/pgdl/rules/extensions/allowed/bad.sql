CREATE EXTENSION IF NOT EXISTS "uuid-ossp"; -- expect: extensions/allowed uuid-ossp "Extension uuid-ossp is not in the allow-list"
