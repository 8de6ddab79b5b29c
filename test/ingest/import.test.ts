// The importer end to end on a real database: idempotency, updates in place, failures that name
// their file and line, and transactions that leave nothing half-written.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/ingest/load/index.js';
import { normalize } from '../../src/ingest/normalize/index.js';
import { parse } from '../../src/ingest/parse/index.js';
import { importFiles } from '../../src/ingest/pipeline.js';
import { foundingDocumentFile, root, seedsDir } from '../helpers/corpus.js';
import { createTestDatabase, freshDatabaseUrl, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function tableCounts() {
  const { db } = database;
  return {
    documents: await db.document.count(),
    persons: await db.person.count(),
    nameVariants: await db.nameVariant.count(),
    participants: await db.participant.count(),
    utterances: await db.utterance.count(),
    contributions: await db.contribution.count(),
    funders: await db.documentFunder.count(),
    references: await db.archivalReference.count(),
  };
}

describe('importing the seeds', () => {
  it('imports every seed as new, then changes nothing the second time', async () => {
    const first = await importFiles(database, [seedsDir]);
    expect(first.counts).toEqual({ new: 3, updated: 0, unchanged: 0, failed: 0 });
    const countsAfterFirst = await tableCounts();
    const stamps = await database.db.document.findMany({ select: { slug: true, updatedAt: true } });

    database.statements.length = 0;
    const second = await importFiles(database, [seedsDir]);
    expect(second.counts).toEqual({ new: 0, updated: 0, unchanged: 3, failed: 0 });
    expect(await tableCounts()).toEqual(countsAfterFirst);
    expect(
      await database.db.document.findMany({ select: { slug: true, updatedAt: true } }),
    ).toEqual(stamps);
    const writes = database.statements.filter((sql) => /^\s*(INSERT|UPDATE|DELETE)/i.test(sql));
    expect(writes).toEqual([]);
  });

  it('stores the founding document with every turn, resolved', async () => {
    const document = await database.db.document.findUniqueOrThrow({
      where: { slug: 'record-of-conversation-1964-03-20-liu-zhou-pak' },
      include: { utterances: { include: { speaker: true } } },
    });
    const speech = document.utterances.filter((u) => u.kind === 'SPEECH');
    const turnLines = readFileSync(foundingDocumentFile, 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z][^:]{0,80}: /.test(line));
    expect(speech).toHaveLength(turnLines.length);
    expect(speech.every((u) => u.speaker !== null)).toBe(true);
  });
});

describe('a changed file', () => {
  it('updates its document in place, keeping the ids of unchanged utterances', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-gateway-changed-'));
    const file = join(dir, 'record-of-conversation-1964-03-20-liu-zhou-pak.txt');
    cpSync(foundingDocumentFile, file);
    const before = await database.db.document.findUniqueOrThrow({
      where: { slug: 'record-of-conversation-1964-03-20-liu-zhou-pak' },
      include: { utterances: { orderBy: { position: 'asc' } } },
    });
    const text = readFileSync(file, 'utf8').replace('Pak: Very good.', 'Pak: Very good indeed.');
    writeFileSync(
      file,
      text.replace(
        'Pak [Seong-cheol] [Pak Song-chol]: Very good.',
        'Pak [Seong-cheol] [Pak Song-chol]: Very good indeed.',
      ),
    );

    const report = await importFiles(database, [file]);
    expect(report.counts.updated).toBe(1);
    const after = await database.db.document.findUniqueOrThrow({
      where: { slug: before.slug },
      include: { utterances: { orderBy: { position: 'asc' } } },
    });
    expect(after.id).toBe(before.id);
    expect(after.contentHash).not.toBe(before.contentHash);
    expect(after.utterances.map((u) => u.id)).toEqual(before.utterances.map((u) => u.id));
    expect(after.utterances[1]?.text).toBe('Very good indeed.');
    expect(after.utterances[2]?.text).toBe(before.utterances[2]?.text);
    expect(await database.db.document.count()).toBe(3);
  });
});

describe('bad input', () => {
  it('reports each failing file with its line and still imports the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-gateway-bad-'));
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x4d, 0x65, 0x0a, 0x00, 0x01]));
    cpSync(
      join(root, 'test/fixtures/memorandum-unresolved-label/memcon-with-unlisted-speaker.txt'),
      join(dir, 'c-memcon.txt'),
    );
    const report = await importFiles(database, [dir]);
    expect(report.counts).toMatchObject({ new: 1, failed: 2 });
    expect(report.files[0]?.error).toBe(`${join(dir, 'a-empty.txt')}:1:1: the file is empty`);
    expect(report.files[1]?.error).toMatch(/b-binary\.txt:2:1: binary file/);
    expect(report.files[2]?.warnings[0]).toMatchObject({
      line: 10,
      message: expect.stringContaining('Miss Pineau'),
    });
    const pineau = await database.db.utterance.findFirstOrThrow({
      where: { label: 'Miss Pineau' },
    });
    expect(pineau.speakerId).toBeNull();
  });

  it('names a path that does not exist', async () => {
    const report = await importFiles(database, ['/no/such/folder']);
    expect(report.files[0]?.error).toBe('/no/such/folder:0:0: no such file or folder');
  });

  it('leaves nothing of a document behind when loading it fails midway', async () => {
    const normalized = normalize(
      parse({ file: 'x.txt', text: readFileSync(foundingDocumentFile, 'utf8') }),
    );
    const broken = {
      ...normalized,
      record: {
        ...normalized.record,
        slug: 'half-written',
        // A participant whose person is missing fails after the document row is written.
        participants: [
          ...normalized.record.participants,
          { personKey: 'nobody', title: null, description: null, asPrinted: 'Nobody' },
        ],
      },
    };
    const countsBefore = await tableCounts();
    await expect(loadDocument(database, broken)).rejects.toThrow();
    expect(await database.db.document.findUnique({ where: { slug: 'half-written' } })).toBeNull();
    expect(await tableCounts()).toEqual(countsBefore);
  });
});

describe('the import command', () => {
  it('prints a summary with reasons and exits non-zero when a file failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-gateway-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    cpSync(foundingDocumentFile, join(dir, 'founding.txt'));
    const run = promisify(execFile);
    const target = freshDatabaseUrl();
    const result = await run(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'src/ingest/cli.ts'), dir],
      { env: { ...process.env, DATABASE_URL: target.url } },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    await target.remove();
    expect('code' in result ? result.code : 0).toBe(1);
    expect(result.stdout).toContain(`failed     ${join(dir, 'empty.txt')}:1:1: the file is empty`);
    expect(result.stdout).toContain('2 files: 1 new, 0 updated, 0 unchanged, 1 failed');
  });
});
