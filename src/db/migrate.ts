// Applies the committed migrations of a provider. The gateway migrates itself on start, so an
// embedded database needs no separate step, and the Prisma CLI (which cannot run every command
// offline here) is not needed at run time. The bookkeeping table is Prisma's own, so
// `prisma migrate deploy` and this runner agree on what has been applied.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { databaseProvider } from '../config.js';
import { type Provider, sqlitePath } from './client.js';
import { withDatabaseLock } from './lock.js';
import { postgresTarget, searchPathOption } from './postgres-url.js';

const prismaDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prisma');

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function migrations(provider: Provider): Migration[] {
  const dir = join(prismaDir, provider, 'migrations');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const bookkeeping: Record<Provider, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
};

const appliedQuery = `SELECT "migration_name" AS name, "checksum" FROM "_prisma_migrations"
  WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Applied migrations this build does not know: the database is newer than the code. */
  unknown: string[];
}

function status(
  provider: Provider,
  applied: { name: string; checksum: string }[],
): MigrationStatus {
  const known = migrations(provider);
  const appliedNames = new Set(applied.map((row) => row.name));
  const knownNames = new Set(known.map((m) => m.name));
  for (const row of applied) {
    const migration = known.find((m) => m.name === row.name);
    if (migration && migration.checksum !== row.checksum) {
      throw new MigrationError(
        `migration ${row.name} was changed after it was applied (checksum differs); restore it`,
      );
    }
  }
  return {
    applied: known.filter((m) => appliedNames.has(m.name)).map((m) => m.name),
    pending: known.filter((m) => !appliedNames.has(m.name)).map((m) => m.name),
    unknown: applied.filter((row) => !knownNames.has(row.name)).map((row) => row.name),
  };
}

function migrateSqlite(url: string, apply: boolean): MigrationStatus {
  const path = sqlitePath(url);
  mkdirSync(dirname(path), { recursive: true });
  const db = new Sqlite(path, { timeout: 10_000 });
  try {
    db.exec(bookkeeping.sqlite);
    const read = () => status('sqlite', db.prepare(appliedQuery).all() as never);
    if (!apply) return read();
    // IMMEDIATE takes the write lock first, so two processes starting at once apply each step once.
    const run = db.transaction(() => {
      const pending = read().pending;
      for (const migration of migrations('sqlite').filter((m) => pending.includes(m.name))) {
        db.exec(migration.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count")
           VALUES (?, ?, current_timestamp, ?, 1)`,
        ).run(randomUUID(), migration.checksum, migration.name);
      }
    });
    run.immediate();
    return read();
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, apply: boolean): Promise<MigrationStatus> {
  const { connectionString, schema } = postgresTarget(url);
  const client = new pg.Client({ connectionString, options: searchPathOption(schema) });
  await client.connect();
  try {
    if (apply) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(bookkeeping.postgresql);
    const read = async () => status('postgresql', (await client.query(appliedQuery)).rows);
    if (!apply) return await read();
    const pending = (await read()).pending;
    for (const migration of migrations('postgresql').filter((m) => pending.includes(m.name))) {
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count")
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new MigrationError(`migration ${migration.name} failed: ${(error as Error).message}`);
      }
    }
    return await read();
  } finally {
    await client.end();
  }
}

/** Applies every pending migration; returns what is applied afterwards. */
export async function migrate(url: string): Promise<MigrationStatus> {
  if (databaseProvider(url) === 'sqlite') return migrateSqlite(url, true);
  // Instances starting together on one server apply each migration once.
  return withDatabaseLock(url, 'migrate', () => migratePostgres(url, true));
}

/** Reads what is applied without changing anything (for readiness checks). */
export async function migrationStatus(url: string): Promise<MigrationStatus> {
  return databaseProvider(url) === 'sqlite'
    ? migrateSqlite(url, false)
    : migratePostgres(url, false);
}
