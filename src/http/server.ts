// The one file that listens. Migrates the database, seeds an empty one, serves, and shuts down
// cleanly on SIGTERM so a load balancer can drain it.
import { createServer } from 'node:http';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { withDatabaseLock } from '../db/lock.js';
import { migrate, migrationStatus } from '../db/migrate.js';
import { importFiles } from '../ingest/pipeline.js';
import { createGateway } from './yoga.js';

const config = loadConfig();
await migrate(config.databaseUrl);
const database = await openDatabase(config.databaseUrl, config);

// Instances starting together on an empty database seed it once.
await withDatabaseLock(config.databaseUrl, 'seed', async () => {
  if ((await database.db.document.count()) > 0) return;
  const report = await importFiles(database, [config.seedDir]);
  const { counts } = report;
  console.log(`seeded from ${config.seedDir}: ${counts.new} new, ${counts.failed} failed`);
  for (const file of report.files.filter((f) => f.status === 'failed'))
    console.error(`  ${file.error}`);
});

const gateway = createGateway({
  db: database.db,
  ...(config.compiledQueries && { compiled: database }),
  readiness: async () => {
    await database.db.$queryRawUnsafe('SELECT 1');
    const migrations = await migrationStatus(config.databaseUrl);
    return { ready: migrations.pending.length === 0, database: database.provider, migrations };
  },
});
const server = createServer(gateway);

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`Archive Gateway (${database.provider}) on http://localhost:${port}/graphql`);
});

function shutdown(signal: string) {
  console.log(`${signal}: closing`);
  server.close(async () => {
    await database.close();
    process.exit(0);
  });
  server.closeIdleConnections();
  // Requests still running after 10 s are cut off rather than holding the process forever.
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
