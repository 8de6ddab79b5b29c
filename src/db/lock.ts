// A lock shared by every gateway instance on one database, for one-time work such as seeding an
// empty archive: without it, two instances starting together would both import the seeds.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { databaseProvider } from '../config.js';
import { postgresTarget } from './postgres-url.js';

function lockKey(name: string): bigint {
  return createHash('sha256').update(`archive-gateway:${name}`).digest().readBigInt64BE(0);
}

export async function withDatabaseLock<T>(
  url: string,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  // One SQLite file has one writer at a time already; a second process waits on its transactions.
  if (databaseProvider(url) === 'sqlite') return work();
  const client = new pg.Client({ connectionString: postgresTarget(url).connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [lockKey(name).toString()]);
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [lockKey(name).toString()]).catch(() => {});
    await client.end();
  }
}
