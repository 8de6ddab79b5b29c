// The models are written once (prisma/models.prisma); each provider's schema and migrations are
// generated from them. This fails when a provider's files drift from the models: a schema not
// re-rendered, or a model change without its migration (run `npm run db:migration -- <name>`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  migrationsDir,
  providers,
  renderSchema,
  schemaPath,
} from '../../scripts/prisma-schemas.js';
import { migrate, migrations } from '../../src/db/migrate.js';
import { sqliteCatalog } from '../helpers/catalog.js';
import { root } from '../helpers/corpus.js';

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
    expect(readFileSync(join(migrationsDir(provider), latest, 'schema.prisma'), 'utf8')).toBe(
      renderSchema(provider),
    );
    expect(migrations(provider).map((m) => m.name)).toEqual(names);
  });
});

describe('sqlite migrations', () => {
  it('build the same database as the models describe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-gateway-migrations-'));
    const migrated = join(dir, 'migrated.db');
    await migrate(`file:${migrated}`);
    const fromModels = join(dir, 'models.db');
    const db = new Sqlite(fromModels);
    db.exec(schemaFromModels('sqlite'));
    db.close();
    expect(sqliteCatalog(migrated)).toEqual(sqliteCatalog(fromModels));
  });

  it('apply once: migrating again changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-gateway-migrations-'));
    const url = `file:${join(dir, 'twice.db')}`;
    const first = await migrate(url);
    const second = await migrate(url);
    expect(second).toEqual(first);
    expect(first.pending).toEqual([]);
  });
});
