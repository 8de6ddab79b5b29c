// A fresh, migrated database for one test file, on the database of the run (SQLite or
// PostgreSQL), recording every SQL statement it is sent.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase, type Role } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { postgresTarget } from '../../src/db/postgres-url.js';
import './postgres-setup.js';

export const testProvider = process.env.TEST_DATABASE === 'postgresql' ? 'postgresql' : 'sqlite';

export interface TestDatabase extends Database {
  /** Every statement sent since the database was made (reset it by setting length to 0). */
  statements: string[];
  /** The same statements with the client that sent them. */
  routed: { sql: string; role: Role }[];
}

/** A URL for an empty database of the run's kind, and how to remove it. */
export function freshDatabaseUrl(): { url: string; remove: () => Promise<void> } {
  if (testProvider === 'postgresql') {
    const url = new URL(inject('postgresUrl'));
    const schema = `t_${randomBytes(6).toString('hex')}`;
    url.searchParams.set('schema', schema);
    return { url: url.toString(), remove: () => dropSchema(url.toString()) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'archive-gateway-test-'));
  return {
    url: `file:${join(dir, 'test.db')}`,
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function dropSchema(url: string): Promise<void> {
  const { connectionString, schema } = postgresTarget(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}

/** With `replicas`, the database is also reached through that many replica URLs (same server). */
export async function createTestDatabase(
  options: { replicas?: number } = {},
): Promise<TestDatabase> {
  const { url, remove } = freshDatabaseUrl();
  await migrate(url);
  const statements: string[] = [];
  const routed: TestDatabase['routed'] = [];
  const replicaUrls = Array.from({ length: options.replicas ?? 0 }, (_, i) => {
    const replica = new URL(url);
    replica.searchParams.set('application_name', `archive-gateway-replica-${i}`);
    return replica.toString();
  });
  const database = await openDatabase(url, {
    replicaUrls,
    onQuery: (sql, role) => {
      statements.push(sql);
      routed.push({ sql, role });
    },
  });
  return {
    ...database,
    statements,
    routed,
    close: async () => {
      await database.close();
      await remove();
    },
  };
}
