def log = new File(basedir, 'build.log').text
def file = 'src/main/resources/db/migration/V1__create_orders.sql'

assert log.contains("[ERROR] ${file}:3:5: types/banned-type Column note uses text; use varchar(n).")
assert log.contains("[ERROR] ${file}:4:5: types/banned-type Column ordered_at uses timestamp without time zone")
assert log.contains("[WARNING] ${file}:2:50: naming/index-name ")
assert log.contains("[INFO] ${file}:1:14: tables/fillfactor ")
assert log.contains("[INFO] ${file}:1:1: migration/idempotent "): 'the folder is read as a migration set'
assert !log.contains('legacy'): 'an excluded file is not linted, even in a migration set'
assert log.contains('pgdl: 3 errors, 1 warning, 2 infos (failOn: error)')
assert log.contains('BUILD FAILURE')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pgdl/pgdl.json'))
assert json.version == 1
assert json.findings.size() == 6
assert json.findings.every { it.file == file }
assert json.summary.errors == 3
