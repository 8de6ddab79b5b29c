// Pool size and statement timeout reach the PostgreSQL connections.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { freshDatabaseUrl } from '../helpers/database.js';

describe('PostgreSQL settings', () => {
  it('cap the pool at DATABASE_POOL_SIZE connections', async () => {
    const { url } = freshDatabaseUrl();
    const database = await openDatabase(url, { poolSize: 2 });
    const pids = await Promise.all(
      Array.from({ length: 8 }, () =>
        database.db.$queryRawUnsafe<{ pid: number }[]>(
          'SELECT pg_backend_pid() AS pid FROM pg_sleep(0.05)',
        ),
      ),
    );
    expect(new Set(pids.map((rows) => rows[0]?.pid)).size).toBeLessThanOrEqual(2);
    await database.close();
  });

  it('cancel statements longer than DATABASE_STATEMENT_TIMEOUT_MS', async () => {
    const { url } = freshDatabaseUrl();
    const database = await openDatabase(url, { statementTimeoutMs: 50 });
    await expect(database.db.$queryRawUnsafe('SELECT 1 AS one FROM pg_sleep(2)')).rejects.toThrow(
      /statement timeout/,
    );
    await database.close();
  });
});
