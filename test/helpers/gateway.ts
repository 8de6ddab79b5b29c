// A gateway over a fresh database holding the seed corpus, loaded through the real importer.
import { createGateway, type Gateway } from '../../src/http/yoga.js';
import { importFiles } from '../../src/ingest/pipeline.js';
import { seedsDir } from './corpus.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestGateway {
  database: TestDatabase;
  /** The gateway as it runs in production: compiled queries where possible, resolvers otherwise. */
  gateway: Gateway;
  /** The same database served by the resolvers alone: the reference the compiled path must equal. */
  resolvers: Gateway;
  /** How each operation sent to `gateway` ran. */
  paths: ('compiled' | 'resolvers')[];
  /** Internal errors the gateway logged (and masked from clients). */
  loggedErrors: unknown[];
}

export async function createSeededGateway(): Promise<TestGateway> {
  const database = await createTestDatabase();
  const report = await importFiles(database, [seedsDir]);
  if (report.counts.failed) throw new Error(`seeding failed: ${JSON.stringify(report.files)}`);
  const loggedErrors: unknown[] = [];
  const logError = (error: unknown) => loggedErrors.push(error);
  const paths: TestGateway['paths'] = [];
  const gateway = createGateway({
    db: database.db,
    compiled: database,
    onOperation: (path) => paths.push(path),
    logError,
  });
  const resolvers = createGateway({ db: database.db, logError });
  return { database, gateway, resolvers, paths, loggedErrors };
}
