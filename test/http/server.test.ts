// `npm start` on an empty embedded database: it creates and migrates the file, loads the seeds,
// serves GraphQL and GraphiQL, answers the probes, and stops cleanly on SIGTERM.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foundingSlug } from '../helpers/corpus.js';
import { freshDatabaseUrl, testProvider } from '../helpers/database.js';
import { startGateway } from '../helpers/process.js';

describe('the gateway process', () => {
  it('seeds an empty database once, serves, and shuts down on SIGTERM', async () => {
    // SQLite: a file in a folder that does not exist yet, as ./data is on a fresh clone.
    const dir = mkdtempSync(join(tmpdir(), 'archive-gateway-server-'));
    const target = testProvider === 'sqlite' ? undefined : freshDatabaseUrl();
    const databaseUrl = target?.url ?? `file:${join(dir, 'nested', 'archive.db')}`;
    const gateway = await startGateway({ DATABASE_URL: databaseUrl });
    if (!target) expect(existsSync(join(dir, 'nested', 'archive.db'))).toBe(true);
    expect(gateway.output()).toMatch(/seeded from .*seeds: 3 new, 0 failed/);

    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ document(slug: "${foundingSlug}") { title utterances { totalCount } } }`,
      }),
    });
    const body = (await response.json()) as {
      data: { document: { title: string; utterances: { totalCount: number } } };
    };
    expect(body.data.document.utterances.totalCount).toBe(27);

    const graphiql = await fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html' } });
    const page = await graphiql.text();
    expect(page).toContain('Archive Gateway');
    expect(page).toContain('FoundingDocument');

    expect(await (await fetch(`${gateway.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${gateway.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      ready: true,
      database: testProvider,
      migrations: { pending: [] },
    });

    expect(await gateway.stop('SIGTERM')).toBe(0);

    const again = await startGateway({ DATABASE_URL: databaseUrl });
    expect(again.output()).not.toMatch(/seeded/);
    expect(await again.stop('SIGTERM')).toBe(0);
    await target?.remove();
  });

  it('refuses a DATABASE_URL it cannot use, naming the variable', async () => {
    await expect(startGateway({ DATABASE_URL: 'mysql://nope' })).rejects.toThrow(
      /DATABASE_URL must start with file: .* or postgresql:\/\//,
    );
  });
});
