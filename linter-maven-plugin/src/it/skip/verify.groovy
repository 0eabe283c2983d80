def log = new File(basedir, 'build.log').text

assert log.contains('pgdl: skipped')
assert !log.contains('types/banned-type')
assert !new File(basedir, 'target/pgdl').exists()
