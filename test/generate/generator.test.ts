// The corpus generator: deterministic, in the shapes of the real records, read back by the
// importer exactly as intended, and bulk-loaded into the same rows the importer writes.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bulkLoad } from '../../scripts/generate/bulk-load.js';
import { type GeneratedDocument, generateCorpus } from '../../scripts/generate/corpus.js';
import { openDatabase } from '../../src/db/client.js';
import { tables } from '../../src/db/copy.js';
import { migrate } from '../../src/db/migrate.js';
import { normalize } from '../../src/ingest/normalize/index.js';
import { parse } from '../../src/ingest/parse/index.js';
import { importFiles } from '../../src/ingest/pipeline.js';
import { freshDatabaseUrl } from '../helpers/database.js';

const corpus = [...generateCorpus({ documents: 300, seed: 11 })];
const digest = (documents: GeneratedDocument[]) =>
  createHash('sha256')
    .update(documents.map((d) => d.file + d.text).join('\n'))
    .digest('hex');

describe('the generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(digest([...generateCorpus({ documents: 300, seed: 11 })])).toBe(digest(corpus));
    expect(digest([...generateCorpus({ documents: 300, seed: 12 })])).not.toBe(digest(corpus));
  });

  it('writes records the importer reads back exactly as intended', () => {
    for (const document of corpus) {
      const { record, warnings } = normalize(parse(document));
      const names = new Map(record.persons.map((p) => [p.key, p.name]));
      expect(
        record.persons.map((p) => p.name),
        document.file,
      ).toEqual(document.intent.participants);
      expect(
        record.utterances.map((u) => ({
          kind: u.kind,
          speaker: u.speakerKey ? names.get(u.speakerKey) : null,
        })),
        document.file,
      ).toEqual(document.intent.utterances);
      expect(
        warnings.filter((w) => !w.message.includes('"Interpreter"')),
        document.file,
      ).toEqual([]);
    }
  });

  it('draws the shapes of the real records', () => {
    const records = corpus.map((d) => normalize(parse(d)).record);
    const participants = records.map((r) => r.participants.length);
    const turns = records.map((r) => r.utterances.filter((u) => u.kind === 'SPEECH').length);
    const dated = records.filter((r) => r.date);
    const years = dated.map((r) => Number(r.date?.start.slice(0, 4)));
    expect(Math.min(...participants)).toBe(2);
    expect(Math.max(...participants)).toBe(8);
    expect(Math.min(...turns)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...turns)).toBeGreaterThan(150);
    // A long tail: the median conversation is much shorter than the longest.
    expect([...turns].sort((a, b) => a - b)[turns.length / 2]).toBeLessThan(60);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1945);
    expect(Math.max(...years)).toBeLessThanOrEqual(1991);
    expect(new Set(records.map((r) => r.type))).toEqual(
      new Set(['RECORD_OF_CONVERSATION', 'MEMORANDUM_OF_CONVERSATION']),
    );
    expect(new Set(dated.map((r) => r.date?.precision))).toEqual(new Set(['DAY', 'MONTH', 'YEAR']));
    // A few undated records, so every order is tried with documents that have no date.
    expect(records.length - dated.length).toBeGreaterThan(0);
    expect(records.length - dated.length).toBeLessThan(records.length / 10);
    const all = records.flatMap((r) => r.utterances);
    expect(all.some((u) => u.kind === 'STAGE_DIRECTION')).toBe(true);
    expect(all.some((u) => u.spans.some((s) => s.kind === 'INSERTION'))).toBe(true);
    expect(all.some((u) => u.spans.some((s) => s.kind === 'NARRATION'))).toBe(true);
    expect(
      records
        .flatMap((r) => r.persons)
        .some((p) => p.variants.some((v) => v.type === 'ROMANIZATION')),
    ).toBe(true);
    expect(records.filter((r) => r.archivalReferences.length).length).toBeGreaterThan(150);
    expect(records.flatMap((r) => r.contributions).some((c) => c.role === 'TRANSLATED_BY')).toBe(
      true,
    );
    expect(records.flatMap((r) => r.funders).length).toBeGreaterThan(150);
    // The same people recur across documents, as they do in an archive.
    const appearances = new Map<string, number>();
    for (const key of records.flatMap((r) => r.persons.map((p) => p.key)))
      appearances.set(key, (appearances.get(key) ?? 0) + 1);
    expect(Math.max(...appearances.values())).toBeGreaterThan(20);
  });
});

describe('bulk loading', () => {
  const targets = [freshDatabaseUrl(), freshDatabaseUrl()];
  afterAll(async () => {
    for (const target of targets) await target.remove();
  });

  it('writes the same rows as importing the files one by one', async () => {
    const sample = corpus.slice(0, 40);
    const dir = mkdtempSync(join(tmpdir(), 'archive-gateway-generated-'));
    for (const document of sample) writeFileSync(join(dir, document.file), document.text);
    const [imported, bulk] = targets as [
      ReturnType<typeof freshDatabaseUrl>,
      ReturnType<typeof freshDatabaseUrl>,
    ];
    await migrate(imported.url);
    const viaImporter = await openDatabase(imported.url);
    const report = await importFiles(viaImporter, [dir]);
    expect(report.counts.new).toBe(40);

    await migrate(bulk.url);
    const loaded = await bulkLoad(
      bulk.url,
      sample.map((d) => normalize(parse({ file: join(dir, d.file), text: d.text }))),
    );
    expect(loaded.documents).toBe(40);
    const viaBulk = await openDatabase(bulk.url);

    for (const table of tables) {
      const read = async (db: typeof viaBulk.db) => {
        const delegate = (
          db as unknown as Record<
            string,
            { findMany(a: object): Promise<Record<string, unknown>[]> }
          >
        )[`${table.name.charAt(0).toLowerCase()}${table.name.slice(1)}`];
        const rows = await delegate?.findMany({ orderBy: table.key.map((k) => ({ [k]: 'asc' })) });
        return (rows ?? []).map(({ createdAt: _c, updatedAt: _u, ...row }) => row);
      };
      expect(await read(viaBulk.db), table.name).toEqual(await read(viaImporter.db));
    }
    // Ids continue after a bulk load, as after an import.
    const next = await viaBulk.db.funder.create({
      data: { key: 'new-funder', name: 'New Funder' },
    });
    expect(next.id).toBe((await viaImporter.db.funder.count()) + 1);
    await Promise.all([viaImporter.close(), viaBulk.close()]);
  });
});
