context.put('postgres', dev.pgdl.maven.it.AuditDatabase.start(basedir))
