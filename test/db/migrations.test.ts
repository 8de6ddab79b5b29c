// The models are written once (prisma/models.prisma); each provider's schema and migrations are
// generated from them. This fails when a provider's files drift from the models: a schema not
// re-rendered, or a model change without its migration (run `npm run db:migration -- <name>`).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  migrationsDir,
  providers,
  renderSchema,
  schemaPath,
} from '../../scripts/prisma-schemas.js';
import { sqlitePath } from '../../src/db/client.js';
import { migrate, migrations } from '../../src/db/migrate.js';
import { postgresTarget } from '../../src/db/postgres-url.js';
import { postgresCatalog, sqliteCatalog } from '../helpers/catalog.js';
import { root } from '../helpers/corpus.js';
import { freshDatabaseUrl, testProvider } from '../helpers/database.js';

function schemaFromModels(provider: (typeof providers)[number]): string {
  return execFileSync(
    join(root, 'node_modules/.bin/prisma'),
    ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', schemaPath(provider), '--script'],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

describe.each(providers)('%s', (provider) => {
  it('has its schema rendered from the current models', () => {
    expect(readFileSync(schemaPath(provider), 'utf8')).toBe(renderSchema(provider));
  });

  it('has a migration made from the current models', () => {
    const names = readdirSync(migrationsDir(provider), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const latest = names.at(-1) as string;
    // Generator settings (preview features, output paths) are no model change.
    const models = (schema: string) => schema.replace(/generator \w+ \{[^}]*\}/g, '');
    expect(
      models(readFileSync(join(migrationsDir(provider), latest, 'schema.prisma'), 'utf8')),
    ).toBe(models(renderSchema(provider)));
    expect(migrations(provider).map((m) => m.name)).toEqual(names);
  });
});

describe(`${testProvider} migrations`, () => {
  it('build the same database as the models describe', async () => {
    const migrated = freshDatabaseUrl();
    const fromModels = freshDatabaseUrl();
    await migrate(migrated.url);
    if (testProvider === 'sqlite') {
      const db = new Sqlite(sqlitePath(fromModels.url));
      db.exec(schemaFromModels('sqlite'));
      db.close();
      expect(sqliteCatalog(sqlitePath(migrated.url))).toEqual(
        sqliteCatalog(sqlitePath(fromModels.url)),
      );
    } else {
      const a = postgresTarget(migrated.url);
      const b = postgresTarget(fromModels.url);
      const client = new pg.Client({ connectionString: b.connectionString });
      await client.connect();
      await client.query(`CREATE SCHEMA "${b.schema}"; SET search_path TO "${b.schema}"`);
      await client.query(schemaFromModels('postgresql'));
      const [left, right] = [
        await postgresCatalog(client, a.schema),
        await postgresCatalog(client, b.schema),
      ];
      await client.end();
      expect(left.columns.length).toBeGreaterThan(50);
      expect(left).toEqual(right);
    }
    await migrated.remove();
    await fromModels.remove();
  });

  it('apply once: migrating again changes nothing', async () => {
    const target = freshDatabaseUrl();
    const first = await migrate(target.url);
    const second = await migrate(target.url);
    expect(second).toEqual(first);
    expect(first.pending).toEqual([]);
    expect(first.applied).toEqual(migrations(testProvider).map((m) => m.name));
    await target.remove();
  });
});
