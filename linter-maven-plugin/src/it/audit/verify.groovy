try {
    def log = new File(basedir, 'build.log').text

    assert log =~ /\[ERROR\] \[127\.0\.0\.1:\d+\/postgres\] public\.t_order\.note: types\/banned-type Column note uses text; use varchar\(n\)\./
    assert log =~ /\[ERROR\] \[127\.0\.0\.1:\d+\/postgres\] public\.t_order\.ordered_at: types\/banned-type /
    assert log =~ /pgdl: 3 errors, 1 warning, \d+ infos? \(failOn: error\)/: 'the catalog-only rules add infos about the server'
    def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pgdl/pgdl.json'))
    assert json.findings.find { it.object == 'public.t_order.note' && it.rule == 'types/banned-type' }

    assert log =~ /\[ERROR\] jdbc:postgresql:\/\/127\.0\.0\.1:\d+\/postgres: error: .*password/
    assert !log.contains('it-secret')
} finally {
    context.get('postgres').close()
}
