def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] src/main/resources/db/migration/V1__create_customer.sql:7:5: example/no-note-column '
        + 'Column note is a note; call it remarks.')
assert log.contains('pgdl: 1 error, 0 warnings, 2 infos (failOn: error)')
