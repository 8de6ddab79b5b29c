// The environment, read and checked in one place: a bad value stops the process with a message
// that names the variable, instead of surfacing later as a confusing failure.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  replicaUrls: string[];
  poolSize: number;
  statementTimeoutMs: number;
  seedDir: string;
  production: boolean;
  /** Run the queries the planner models as one SQL statement (see src/graphql/compiled). */
  compiledQueries: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const defaultDatabaseUrl = 'file:./data/archive.db';

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be on or off, got "${env[name]}"`);
}

export function databaseProvider(url: string): 'sqlite' | 'postgresql' {
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  if (url.startsWith('file:')) return 'sqlite';
  throw new ConfigError(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url}"`,
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || defaultDatabaseUrl;
  databaseProvider(databaseUrl);
  const replicaUrls = (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  // Replicas are a PostgreSQL feature; a SQLite file has no replicas to route reads to.
  for (const url of replicaUrls) {
    if (databaseProvider(url) !== 'postgresql' || databaseProvider(databaseUrl) !== 'postgresql') {
      throw new ConfigError(
        'DATABASE_REPLICA_URLS are PostgreSQL read replicas of a PostgreSQL DATABASE_URL',
      );
    }
  }
  return {
    port: integer(env, 'PORT', 4000, 0),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    replicaUrls,
    poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1),
    statementTimeoutMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 0),
    seedDir: resolve(env.SEED_DIR || 'seeds'),
    production: env.NODE_ENV === 'production',
    compiledQueries: flag(env, 'COMPILED_QUERIES', true),
  };
}
