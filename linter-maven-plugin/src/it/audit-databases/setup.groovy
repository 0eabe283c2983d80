context.put('postgres', dev.pgdl.maven.it.AuditDatabase.startEach(basedir, ['orders', 'stock']))
