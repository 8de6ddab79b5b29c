// Making a database client for a URL. Nothing outside this folder knows which database it talks to.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { readReplicas } from '@prisma/extension-read-replicas';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { databaseProvider } from '../config.js';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.js';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.js';
import { postgresTarget, searchPathOption } from './postgres-url.js';

/**
 * Both providers' clients are generated from the same models, so they share one API; code is
 * written against the SQLite client's types and runs unchanged on PostgreSQL.
 */
export type Db = SqliteClient;
export type Provider = 'sqlite' | 'postgresql';

export type Role = 'primary' | 'replica';

export interface DatabaseOptions {
  poolSize?: number;
  statementTimeoutMs?: number;
  /** PostgreSQL read replicas: reads outside transactions go to one of them, writes to the primary. */
  replicaUrls?: readonly string[];
  /** Called with every SQL statement sent, and whether the primary or a replica got it. */
  onQuery?: (sql: string, role: Role) => void;
}

export type Row = Record<string, unknown>;

export interface Database {
  db: Db;
  provider: Provider;
  url: string;
  /**
   * Runs one read-only statement straight through the driver, on a replica when there are any:
   * the compiled query path's statements need nothing from Prisma but a connection.
   */
  read(sql: string, params: readonly unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, '').replace(/\?.*$/, ''));
}

// Query events cost time on every statement, so they are only switched on when someone listens.
function logOptions(options: DatabaseOptions): { log: { emit: 'event'; level: 'query' }[] } {
  return { log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [] };
}

function listen(client: Db | PostgresClient, options: DatabaseOptions, role: Role): void {
  const onQuery = options.onQuery;
  if (onQuery) {
    // $on is typed only when the log option is known statically; it is set just above.
    (client as unknown as { $on(event: 'query', cb: (e: { query: string }) => void): void }).$on(
      'query',
      (event) => onQuery(event.query, role),
    );
  }
}

async function openSqlite(url: string, options: DatabaseOptions): Promise<Database> {
  const path = sqlitePath(url);
  mkdirSync(dirname(path), { recursive: true });
  const adapter = new PrismaBetterSQLite3({ url: path, timeout: 10_000 });
  const db = new SqliteClient({ adapter, ...logOptions(options) });
  listen(db, options, 'primary');
  // The adapter holds one connection; these hold for its lifetime. Foreign keys are off in SQLite
  // unless asked for, and WAL lets readers go on while an import writes.
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  // A second, read-only connection: under WAL it reads while the adapter's connection writes.
  const reader = new Sqlite(path, { readonly: true, timeout: 10_000 });
  const statements = new Map<string, Sqlite.Statement>();
  return {
    db,
    provider: 'sqlite',
    url,
    read: async (sql, params) => {
      options.onQuery?.(sql, 'primary');
      let statement = statements.get(sql);
      if (!statement) {
        statement = reader.prepare(sql);
        // Statements repeat by operation shape; keep the recent ones prepared.
        if (statements.size >= 500) statements.delete(statements.keys().next().value as string);
        statements.set(sql, statement);
      }
      return statement.all(...params) as Row[];
    },
    close: async () => {
      reader.close();
      await db.$disconnect();
    },
  };
}

// Statements that repeat are prepared once per connection, so PostgreSQL stops planning them
// (planning was half the time of a document view). Shapes come from clients, so only the first
// few hundred distinct statements are prepared: that bounds what each server connection keeps.
const preparedNames = new Map<string, string>();
const maxPrepared = 300;

function preparedName(sql: string): string | undefined {
  let name = preparedNames.get(sql);
  if (!name && preparedNames.size < maxPrepared) {
    name = `ag_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    preparedNames.set(sql, name);
  }
  return name;
}

interface PostgresConnection {
  client: PostgresClient;
  pool: pg.Pool;
  role: Role;
}

// One pool per server, shared by the Prisma client and direct reads, so DATABASE_POOL_SIZE bounds
// both together.
function postgresConnection(url: string, options: DatabaseOptions, role: Role): PostgresConnection {
  const { connectionString, schema } = postgresTarget(url);
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    // Generic plans for prepared statements: PostgreSQL otherwise re-plans them on every call.
    // Prisma's statements are unnamed, which this setting does not touch.
    options: `${searchPathOption(schema)} -c plan_cache_mode=force_generic_plan`,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  const client = new PostgresClient({
    adapter: new PrismaPg(pool, { schema }),
    ...logOptions(options),
  });
  listen(client, options, role);
  return { client, pool, role };
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<Database> {
  const primary = postgresConnection(url, options, 'primary');
  const replicas = (options.replicaUrls ?? []).map((replicaUrl) =>
    postgresConnection(replicaUrl, options, 'replica'),
  );
  const client = replicas.length
    ? primary.client.$extends(readReplicas({ replicas: replicas.map((r) => r.client) }))
    : primary.client;
  const readers = replicas.length ? replicas : [primary];
  return {
    db: client as unknown as Db,
    provider: 'postgresql',
    url,
    read: async (sql, params) => {
      const reader = readers[Math.floor(Math.random() * readers.length)] as PostgresConnection;
      options.onQuery?.(sql, reader.role);
      const name = preparedName(sql);
      return (
        await reader.pool.query({ text: sql, values: params as unknown[], ...(name && { name }) })
      ).rows;
    },
    close: async () => {
      await Promise.all([primary, ...replicas].map((c) => c.client.$disconnect()));
      await Promise.all([primary, ...replicas].map((c) => c.pool.end().catch(() => {})));
    },
  };
}

export function openDatabase(url: string, options: DatabaseOptions = {}): Promise<Database> {
  return databaseProvider(url) === 'sqlite' ? openSqlite(url, options) : openPostgres(url, options);
}
