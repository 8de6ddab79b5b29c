// Moving an archive: SQLite -> PostgreSQL -> SQLite with every table's rows and checksum equal,
// refusal to overwrite, and ids that keep counting after the move.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { copyArchive, summarize, tables } from '../../src/db/copy.js';
import { migrate } from '../../src/db/migrate.js';
import { importFiles, importSource } from '../../src/ingest/pipeline.js';
import { fixturesDir, seedsDir } from '../helpers/corpus.js';
import { freshDatabaseUrl } from '../helpers/database.js';
import { freshSqliteUrl } from '../helpers/sqlite.js';

async function summaries(url: string) {
  const database = await openDatabase(url);
  const result = [];
  for (const table of tables) result.push(await summarize(database.db, table));
  await database.close();
  return result;
}

describe('db:copy', () => {
  it('moves the seed archive SQLite -> PostgreSQL -> SQLite with equal checksums', async () => {
    const origin = freshSqliteUrl();
    await migrate(origin);
    const seeded = await openDatabase(origin);
    await importFiles(seeded, [seedsDir]);
    await seeded.close();
    const postgres = freshDatabaseUrl();
    const back = freshSqliteUrl('back.db');

    const there = await copyArchive({ from: origin, to: postgres.url, batchSize: 7 });
    const home = await copyArchive({ from: postgres.url, to: back });
    expect(there.tables.map((t) => t.table)).toEqual(tables.map((t) => t.name));
    expect(there.tables.find((t) => t.table === 'Utterance')?.rows).toBe(41);
    const [a, b, c] = [
      await summaries(origin),
      await summaries(postgres.url),
      await summaries(back),
    ];
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(home.tables).toEqual(there.tables);

    // New rows continue after the copied ids.
    const target = await openDatabase(postgres.url);
    const file = 'archive-page-month-date/telegram-1956-10.txt';
    const report = await importSource(target, {
      file,
      text: readFileSync(`${fixturesDir}/${file}`, 'utf8'),
    });
    expect(report.status).toBe('new');
    const telegram = await target.db.document.findUniqueOrThrow({
      where: { slug: 'telegram-1956-10' },
    });
    expect(telegram.id).toBe(4);
    await target.close();

    await expect(copyArchive({ from: origin, to: postgres.url })).rejects.toThrow(
      /target already holds rows \(Archive: \d+, .*Document: 4.*\); pass --replace-target/,
    );
    expect((await summaries(postgres.url)).find((t) => t.table === 'Document')?.rows).toBe(4);
    await copyArchive({ from: origin, to: postgres.url, replaceTarget: true });
    expect(await summaries(postgres.url)).toEqual(a);
    await postgres.remove();
  });

  it('refuses a source that is not a migrated archive', async () => {
    await expect(copyArchive({ from: freshSqliteUrl(), to: freshSqliteUrl() })).rejects.toThrow(
      /source is not fully migrated/,
    );
  });
});
