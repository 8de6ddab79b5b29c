// Loads normalized records into an empty database in large batches, for corpora of thousands of
// documents. It assigns ids in the order the importer would (persons matched across documents
// by the same rule), so the result equals importing the same files one by one, only faster.
import { normalizeName } from '../../src/domain/names.js';
import { documentFields, utteranceRow } from '../../src/ingest/load/index.js';
import type { Normalized } from '../../src/ingest/normalize/index.js';
import { type Row, rowWriter } from './row-writer.js';

// Parents before children, so foreign keys hold at every insert.
const tableOrder = [
  'Archive',
  'Contributor',
  'Funder',
  'Person',
  'NameVariant',
  'Document',
  'ArchivalReference',
  'Contribution',
  'DocumentFunder',
  'Participant',
  'Utterance',
] as const;
type Table = (typeof tableOrder)[number];

export interface BulkLoadOptions {
  /** Documents per flush; every table is written once per flush, parents first. */
  batchSize?: number;
  onProgress?: (documents: number) => void;
}

/** Loads into the (migrated, empty) database at url. */
export async function bulkLoad(
  url: string,
  documents: Iterable<Pick<Normalized, 'record' | 'contentHash'>>,
  options: BulkLoadOptions = {},
): Promise<{ documents: number; utterances: number }> {
  const writer = await rowWriter(url);
  try {
    if (!(await writer.isEmpty())) throw new Error('bulk loading needs an empty database');
    return await load(writer, documents, options);
  } finally {
    await writer.close();
  }
}

async function load(
  writer: Awaited<ReturnType<typeof rowWriter>>,
  documents: Iterable<Pick<Normalized, 'record' | 'contentHash'>>,
  options: BulkLoadOptions,
): Promise<{ documents: number; utterances: number }> {
  const batchSize = options.batchSize ?? 500;
  const now = new Date();
  const ids = new Map<Table, number>(tableOrder.map((t) => [t, 0]));
  const nextId = (table: Table) => {
    const id = (ids.get(table) ?? 0) + 1;
    ids.set(table, id);
    return id;
  };
  const byKey = {
    Archive: new Map<string, number>(),
    Contributor: new Map<string, number>(),
    Funder: new Map<string, number>(),
  };
  const personByIdentity = new Map<string, number>();
  const personByKey = new Map<string, number>();
  const variantsOf = new Map<number, Set<string>>();
  let pending = new Map<Table, Row[]>(tableOrder.map((t) => [t, []]));
  const push = (table: Table, row: Row) => pending.get(table)?.push(row);
  let loaded = 0;
  let utterances = 0;

  const flush = async () => {
    const rows = pending;
    pending = new Map<Table, Row[]>(tableOrder.map((t) => [t, []]));
    for (const table of tableOrder) await writer.write(table, rows.get(table) ?? []);
    options.onProgress?.(loaded);
  };

  const keyed = (table: keyof typeof byKey, key: string, row: () => Row): number => {
    const known = byKey[table].get(key);
    if (known) return known;
    const id = nextId(table);
    byKey[table].set(key, id);
    push(table, { id, ...row() });
    return id;
  };

  for (const { record, contentHash } of documents) {
    const archiveIds = record.archivalReferences.map((r) =>
      r.archive
        ? keyed('Archive', r.archive.key, () => ({
            key: r.archive?.key,
            name: r.archive?.name,
            abbreviation: r.archive?.abbreviation,
          }))
        : null,
    );
    const contributorIds = record.contributions.map((c) =>
      keyed('Contributor', c.contributor.key, () => c.contributor),
    );
    const funderIds = record.funders.map((f) => keyed('Funder', f.key, () => f));
    const personIds = new Map<string, number>();
    for (const person of record.persons) {
      const identities = person.variants
        .filter((v) => v.type === 'FULL_NAME' || v.type === 'ROMANIZATION')
        .map((v) => normalizeName(v.name));
      const matched = identities
        .map((k) => personByIdentity.get(k))
        .filter((id): id is number => id !== undefined);
      let id = matched.length ? Math.min(...matched) : personByKey.get(person.key);
      if (id === undefined) {
        id = nextId('Person');
        personByKey.set(person.key, id);
        push('Person', { id, key: person.key, name: person.name });
      }
      const known = variantsOf.get(id) ?? new Set<string>();
      variantsOf.set(id, known);
      for (const variant of person.variants) {
        const signature = `${variant.type}\n${variant.name}`;
        if (known.has(signature)) continue;
        known.add(signature);
        const normalized = normalizeName(variant.name);
        if (
          (variant.type === 'FULL_NAME' || variant.type === 'ROMANIZATION') &&
          !personByIdentity.has(normalized)
        ) {
          personByIdentity.set(normalized, id);
        }
        push('NameVariant', {
          id: nextId('NameVariant'),
          personId: id,
          type: variant.type,
          name: variant.name,
          normalized,
        });
      }
      personIds.set(person.key, id);
    }
    const documentId = nextId('Document');
    push('Document', {
      id: documentId,
      slug: record.slug,
      ...documentFields(record, contentHash),
      createdAt: now,
      updatedAt: now,
    });
    record.archivalReferences.forEach((r, position) => {
      const { archive: _archive, ...fields } = r;
      push('ArchivalReference', {
        id: nextId('ArchivalReference'),
        documentId,
        position,
        archiveId: archiveIds[position],
        ...fields,
      });
    });
    record.contributions.forEach((c, position) => {
      push('Contribution', {
        id: nextId('Contribution'),
        documentId,
        position,
        role: c.role,
        contributorId: contributorIds[position],
      });
    });
    record.funders.forEach((_f, position) => {
      push('DocumentFunder', { documentId, position, funderId: funderIds[position] });
    });
    record.participants.forEach((p, position) => {
      const { personKey, ...fields } = p;
      push('Participant', {
        id: nextId('Participant'),
        documentId,
        position,
        personId: personIds.get(personKey),
        ...fields,
      });
    });
    record.utterances.forEach((u, index) => {
      push('Utterance', {
        id: nextId('Utterance'),
        ...utteranceRow(u, documentId, index, personIds),
      });
    });
    loaded++;
    utterances += record.utterances.length;
    if (loaded % batchSize === 0) await flush();
  }
  await flush();
  await writer.finish();
  return { documents: loaded, utterances };
}
