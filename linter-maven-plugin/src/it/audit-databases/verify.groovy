try {
    def log = new File(basedir, 'build.log').text
    def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pgdl/pgdl.json'))

    def banned = json.findings.findAll { it.rule == 'types/banned-type' }
    assert banned.collect { [it.database.replaceAll(/.*\//, ''), it.object] } as Set ==
            [['orders', 'sales.t_order.note'], ['stock', 'sales.m_item.price']] as Set
    assert !json.findings.any { it.object?.startsWith('public.') }: 'only schema sales is audited'
    assert log =~ /\[ERROR\] \[127\.0\.0\.1:\d+\/orders\] sales\.t_order\.note: types\/banned-type /
    assert log =~ /\[ERROR\] \[127\.0\.0\.1:\d+\/stock\] sales\.m_item\.price: types\/banned-type /
} finally {
    context.get('postgres').close()
}
