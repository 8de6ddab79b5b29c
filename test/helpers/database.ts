// A fresh, migrated database for one test file, recording every SQL statement it is sent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';

export interface TestDatabase extends Database {
  /** Every statement sent since the database was made (or since the last reset). */
  statements: string[];
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'archive-gateway-test-'));
  const url = `file:${join(dir, 'test.db')}`;
  await migrate(url);
  const statements: string[] = [];
  const database = await openDatabase(url, { onQuery: (sql) => statements.push(sql) });
  return {
    ...database,
    statements,
    close: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
