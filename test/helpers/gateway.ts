// A gateway over a fresh database holding the seed corpus, loaded through the real importer.
import { createContext } from '../../src/graphql/context.js';
import { createGateway, type Gateway } from '../../src/http/yoga.js';
import { importFiles } from '../../src/ingest/pipeline.js';
import { seedsDir } from './corpus.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestGateway {
  database: TestDatabase;
  gateway: Gateway;
  /** Internal errors the gateway logged (and masked from clients). */
  loggedErrors: unknown[];
}

export async function createSeededGateway(): Promise<TestGateway> {
  const database = await createTestDatabase();
  const report = await importFiles(database, [seedsDir]);
  if (report.counts.failed) throw new Error(`seeding failed: ${JSON.stringify(report.files)}`);
  const loggedErrors: unknown[] = [];
  const gateway = createGateway({ db: database.db, logError: (error) => loggedErrors.push(error) });
  return { database, gateway, loggedErrors };
}

export { createContext };
