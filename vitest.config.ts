import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build (it has no "exports" map) while Vite would pick its ESM
    // build: two copies whose classes fail instanceof against each other. Use Node's, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // Each file gets its own database; files run in parallel processes.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The whole suite runs once per database. The PostgreSQL run creates a database on the server
    // named by TEST_POSTGRES_URL (default: 127.0.0.1:5432) and drops it afterwards; an unreachable
    // server fails the run.
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['test/**/*.test.ts'],
          exclude: ['test/postgresql/**'],
          env: { TEST_DATABASE: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgresql',
          include: ['test/**/*.test.ts'],
          env: { TEST_DATABASE: 'postgresql' },
          globalSetup: ['test/helpers/postgres-setup.ts'],
        },
      },
    ],
  },
});
