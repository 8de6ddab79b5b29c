// Several gateway instances on one PostgreSQL database keep no state of their own: what one
// imports, another serves at once, and instances starting together migrate and seed once.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { importFiles } from '../../src/ingest/pipeline.js';
import { fixturesDir, foundingSlug, seedsDir } from '../helpers/corpus.js';
import { freshDatabaseUrl } from '../helpers/database.js';
import { type RunningGateway, startGateway } from '../helpers/process.js';

async function slugOf(gateway: RunningGateway, slug: string): Promise<string | null> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($slug: String!) { document(slug: $slug) { slug } }',
      variables: { slug },
    }),
  });
  const body = (await response.json()) as { data: { document: { slug: string } | null } };
  return body.data.document?.slug ?? null;
}

describe('two instances on one database', () => {
  it('serve through one what was imported through the other', async () => {
    const target = freshDatabaseUrl();
    // Instance A seeds the empty database from its own folder: the telegram is imported through A.
    const seedsOfA = mkdtempSync(join(tmpdir(), 'archive-gateway-seeds-'));
    cpSync(join(fixturesDir, 'archive-page-month-date'), seedsOfA, { recursive: true });
    const a = await startGateway({ DATABASE_URL: target.url, SEED_DIR: seedsOfA });
    expect(a.output()).toMatch(/seeded from .*: 1 new, 0 failed/);
    const b = await startGateway({ DATABASE_URL: target.url, SEED_DIR: seedsDir });
    expect(b.output()).not.toMatch(/seeded/);
    expect(await slugOf(b, 'telegram-1956-10')).toBe('telegram-1956-10');

    // A document imported while both run is served by both at once: neither caches.
    expect(await slugOf(a, foundingSlug)).toBeNull();
    const database = await openDatabase(target.url);
    await importFiles(database, [seedsDir]);
    await database.close();
    expect(await slugOf(a, foundingSlug)).toBe(foundingSlug);
    expect(await slugOf(b, foundingSlug)).toBe(foundingSlug);

    expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);
    await target.remove();
  });

  it('migrate and seed once when they start together on an empty database', async () => {
    const target = freshDatabaseUrl();
    const instances = await Promise.all(
      [1, 2, 3].map(() => startGateway({ DATABASE_URL: target.url })),
    );
    const seeded = instances.filter((i) => /seeded from/.test(i.output()));
    expect(seeded).toHaveLength(1);
    expect(seeded[0]?.output()).toMatch(/3 new, 0 failed/);
    const database = await openDatabase(target.url);
    expect(await database.db.document.count()).toBe(3);
    await database.close();
    expect(await Promise.all(instances.map((i) => i.stop()))).toEqual([0, 0, 0]);
    await target.remove();
  });
});
