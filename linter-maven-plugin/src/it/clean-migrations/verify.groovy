def log = new File(basedir, 'build.log').text

assert log.contains('pgdl: 0 errors, 0 warnings, 0 infos; reports: ')
assert !log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pgdl/pgdl.json'))
assert json.findings.isEmpty()
assert json.summary.files == 1

assert log.contains('pgdl:check')
assert log.contains('pgdl:audit')
