// load: records -> database. One transaction per document, upserts by natural key: loading the
// same records twice changes nothing, and a failure leaves no part of a document behind.
import type { Db } from '../../db/client.js';
import type { Normalized } from '../normalize/index.js';
import type { DocumentRecord } from '../normalize/records.js';
import { upsertPersons } from './persons.js';

export type LoadOutcome = 'new' | 'updated' | 'unchanged';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

// Long documents on a remote database can take longer than Prisma's 5 s default.
const transactionOptions = { timeout: 120_000, maxWait: 30_000 };

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** A record's Document columns, as both this loader and the bulk loader write them. */
export function documentFields(record: DocumentRecord, contentHash: string) {
  return {
    title: record.title,
    type: record.type,
    dateStart: record.date ? day(record.date.start) : null,
    dateEnd: record.date ? day(record.date.end) : null,
    datePrecision: record.date?.precision ?? null,
    dateAsPrinted: record.dateAsPrinted,
    place: record.place,
    summary: record.summary,
    language: record.language,
    sourceUrl: record.sourceUrl,
    publisher: record.publisher,
    series: record.series,
    documentNumber: record.documentNumber,
    contentHash,
  };
}

/** A record's utterance as an Utterance row; positions count from 1. */
export function utteranceRow(
  u: DocumentRecord['utterances'][number],
  documentId: number,
  index: number,
  personIds: ReadonlyMap<string, number>,
) {
  return {
    documentId,
    position: index + 1,
    kind: u.kind,
    label: u.label,
    speakerId: u.speakerKey ? (personIds.get(u.speakerKey) ?? null) : null,
    text: u.text,
    spans: JSON.stringify(u.spans),
    sourceLine: u.sourceLine,
  };
}

async function upsertByKey(
  upsert: (key: string, name: string) => Promise<{ id: number }>,
  entries: readonly { key: string; name: string }[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const { key, name } of entries) {
    if (!ids.has(key)) ids.set(key, (await upsert(key, name)).id);
  }
  return ids;
}

async function writeChildren(tx: Tx, documentId: number, record: DocumentRecord, replace: boolean) {
  const archiveIds = await upsertByKey(
    (key, name) =>
      tx.archive.upsert({
        where: { key },
        create: { key, name },
        update: {},
        select: { id: true },
      }),
    record.archivalReferences.flatMap((r) => (r.archive ? [r.archive] : [])),
  );
  // Abbreviations ride along on create only; a curated name is never overwritten by an import.
  for (const reference of record.archivalReferences) {
    if (reference.archive?.abbreviation) {
      await tx.archive.updateMany({
        where: { key: reference.archive.key, abbreviation: null },
        data: { abbreviation: reference.archive.abbreviation },
      });
    }
  }
  const contributorIds = await upsertByKey(
    (key, name) =>
      tx.contributor.upsert({
        where: { key },
        create: { key, name },
        update: {},
        select: { id: true },
      }),
    record.contributions.map((c) => c.contributor),
  );
  const funderIds = await upsertByKey(
    (key, name) =>
      tx.funder.upsert({ where: { key }, create: { key, name }, update: {}, select: { id: true } }),
    record.funders,
  );
  const personIds = await upsertPersons(tx, record.persons);

  if (replace) {
    const where = { documentId };
    await tx.archivalReference.deleteMany({ where });
    await tx.contribution.deleteMany({ where });
    await tx.documentFunder.deleteMany({ where });
    await tx.participant.deleteMany({ where });
  }
  await tx.archivalReference.createMany({
    data: record.archivalReferences.map((r, position) => ({
      documentId,
      position,
      archiveId: r.archive ? (archiveIds.get(r.archive.key) ?? null) : null,
      fileNumber: r.fileNumber,
      pages: r.pages,
      asPrinted: r.asPrinted,
    })),
  });
  await tx.contribution.createMany({
    data: record.contributions.map((c, position) => ({
      documentId,
      position,
      role: c.role,
      contributorId: contributorIds.get(c.contributor.key) as number,
    })),
  });
  await tx.documentFunder.createMany({
    data: record.funders.map((f, position) => ({
      documentId,
      position,
      funderId: funderIds.get(f.key) as number,
    })),
  });
  await tx.participant.createMany({
    data: record.participants.map((p, position) => ({
      documentId,
      position,
      personId: personIds.get(p.personKey) as number,
      title: p.title,
      description: p.description,
      asPrinted: p.asPrinted,
    })),
  });

  const rows = record.utterances.map((u, index) => utteranceRow(u, documentId, index, personIds));
  if (!replace) {
    await tx.utterance.createMany({ data: rows });
    return;
  }
  // Utterances keep their ids across corrections of the same position, so links to them hold.
  const existing = await tx.utterance.findMany({
    where: { documentId },
    orderBy: { position: 'asc' },
  });
  for (const row of rows) {
    const before = existing[row.position - 1];
    if (!before) continue;
    const changed = (Object.keys(row) as (keyof typeof row)[]).some(
      (field) => before[field] !== row[field],
    );
    if (changed) await tx.utterance.update({ where: { id: before.id }, data: row });
  }
  await tx.utterance.createMany({ data: rows.slice(existing.length) });
  await tx.utterance.deleteMany({ where: { documentId, position: { gt: rows.length } } });
}

export async function loadDocument(
  { db }: { db: Db },
  { record, contentHash }: Pick<Normalized, 'record' | 'contentHash'>,
): Promise<{ outcome: LoadOutcome; documentId: number }> {
  return db.$transaction(async (tx) => {
    const existing = await tx.document.findUnique({
      where: { slug: record.slug },
      select: { id: true, contentHash: true },
    });
    if (existing?.contentHash === contentHash)
      return { outcome: 'unchanged', documentId: existing.id };
    const fields = documentFields(record, contentHash);
    const document = existing
      ? await tx.document.update({ where: { id: existing.id }, data: fields, select: { id: true } })
      : await tx.document.create({ data: { slug: record.slug, ...fields }, select: { id: true } });
    await writeChildren(tx, document.id, record, Boolean(existing));
    return { outcome: existing ? 'updated' : 'new', documentId: document.id };
  }, transactionOptions);
}
