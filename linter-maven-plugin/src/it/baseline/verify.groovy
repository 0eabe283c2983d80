def log = new File(basedir, 'build.log').text
def v2 = 'src/main/resources/db/migration/V2__add_memo.sql'

assert log.contains("[ERROR] ${v2}:1:46: types/banned-type Column memo uses text; use varchar(n).")
assert log.contains("[WARNING] ${v2}:1:21: migration/lock-timeout ")
assert !log.contains('V1__create_orders.sql:'): 'the findings of the baseline are not reported'
assert log.contains('pgdl: 1 error, 1 warning, 0 infos (failOn: error)')
assert log.contains('BUILD FAILURE')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pgdl/pgdl.json'))
assert json.findings*.rule.sort() == ['migration/lock-timeout', 'types/banned-type']
assert json.summary.baselined == 6
