// Prisma 7's CLI needs engines from the internet; 6.19 runs offline on the js schema engine through
// a driver adapter. The CLI only generates clients and diffs schemas here: the gateway applies
// migrations itself (src/db/migrate.ts), so the adapter never touches a real database.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  engine: 'js',
  experimental: { adapter: true },
  schema: 'prisma/sqlite/schema.prisma',
  adapter: async () => new PrismaBetterSQLite3({ url: ':memory:' }),
});
