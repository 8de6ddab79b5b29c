// The environment is checked in one place, and a bad value names its variable.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('defaults to the embedded database with compiled queries on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: 'file:./data/archive.db',
      port: 4000,
      compiledQueries: true,
      replicaUrls: [],
    });
  });

  it('reads every setting', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://db/archive',
      DATABASE_REPLICA_URLS: 'postgresql://r1/archive, postgresql://r2/archive',
      DATABASE_POOL_SIZE: '4',
      DATABASE_STATEMENT_TIMEOUT_MS: '2000',
      PORT: '8080',
      COMPILED_QUERIES: 'off',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgresql://db/archive',
      replicaUrls: ['postgresql://r1/archive', 'postgresql://r2/archive'],
      poolSize: 4,
      statementTimeoutMs: 2000,
      port: 8080,
      compiledQueries: false,
    });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with file:/],
    [{ PORT: 'eighty' }, /PORT must be an integer >= 0, got "eighty"/],
    [{ DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE must be an integer >= 1/],
    [{ COMPILED_QUERIES: 'maybe' }, /COMPILED_QUERIES must be on or off, got "maybe"/],
    [
      { DATABASE_REPLICA_URLS: 'postgresql://r/x' },
      /DATABASE_REPLICA_URLS are PostgreSQL read replicas of a PostgreSQL DATABASE_URL/,
    ],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
