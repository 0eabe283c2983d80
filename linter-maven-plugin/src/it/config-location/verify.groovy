def log = new File(basedir, 'build.log').text

assert !log.contains('types/banned-type'): 'the configLocation file turned the rule off'
assert log.contains('[INFO] src/main/resources/db/migration/V1__create_orders.sql:1:14: tables/fillfactor '):
        'pgdl.yml in the project directory is not read when configLocation names another file'
assert log.contains('pgdl: 0 errors, 1 warning, 2 infos')
