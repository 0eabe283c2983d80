def log = new File(basedir, 'build.log').text
def warning = '[WARNING] src/main/resources/db/migration/V1__create_customer.sql:19:5: naming/index-name '

assert log.count(warning) == 2: 'both builds show the warning'
assert log.contains('pgdl: 0 errors, 1 warning, 2 infos (failOn: warning)')
assert log.count('BUILD FAILURE') == 1
