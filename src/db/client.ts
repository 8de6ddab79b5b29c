// Making a database client for a URL. Nothing outside this folder knows which database it talks to.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { readReplicas } from '@prisma/extension-read-replicas';
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

export interface Database {
  db: Db;
  provider: Provider;
  url: string;
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
  return { db, provider: 'sqlite', url, close: () => db.$disconnect() };
}

function postgresClient(url: string, options: DatabaseOptions, role: Role): PostgresClient {
  const { connectionString, schema } = postgresTarget(url);
  const adapter = new PrismaPg(
    {
      connectionString,
      max: options.poolSize ?? 10,
      options: searchPathOption(schema),
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
    { schema },
  );
  const client = new PostgresClient({ adapter, ...logOptions(options) });
  listen(client, options, role);
  return client;
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<Database> {
  const primary = postgresClient(url, options, 'primary');
  const replicas = (options.replicaUrls ?? []).map((replicaUrl) =>
    postgresClient(replicaUrl, options, 'replica'),
  );
  const client = replicas.length ? primary.$extends(readReplicas({ replicas })) : primary;
  return {
    db: client as unknown as Db,
    provider: 'postgresql',
    url,
    close: async () => {
      await Promise.all([primary, ...replicas].map((c) => c.$disconnect()));
    },
  };
}

export function openDatabase(url: string, options: DatabaseOptions = {}): Promise<Database> {
  return databaseProvider(url) === 'sqlite' ? openSqlite(url, options) : openPostgres(url, options);
}
