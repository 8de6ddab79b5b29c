// Moving a whole archive between two databases (SQLite to PostgreSQL and back). Rows keep their
// ids, so global IDs and cursors handed out before the move stay valid after it. The target is
// written in one transaction and checked before it commits: row counts and a checksum of every
// table must equal the source's, or nothing is written at all.
import { createHash } from 'node:crypto';
import { type Database, type Db, openDatabase } from './client.js';
import { migrate, migrationStatus } from './migrate.js';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
type Row = Record<string, unknown>;

interface Table {
  name: string;
  /** Sort order that is also a unique key, for paging by key rather than by offset. */
  key: string[];
}

// Parents before children, so foreign keys hold at every insert.
export const tables: Table[] = [
  { name: 'Archive', key: ['id'] },
  { name: 'Contributor', key: ['id'] },
  { name: 'Funder', key: ['id'] },
  { name: 'Person', key: ['id'] },
  { name: 'NameVariant', key: ['id'] },
  { name: 'Document', key: ['id'] },
  { name: 'ArchivalReference', key: ['id'] },
  { name: 'Contribution', key: ['id'] },
  { name: 'DocumentFunder', key: ['documentId', 'funderId'] },
  { name: 'Participant', key: ['id'] },
  { name: 'Utterance', key: ['id'] },
];

interface Delegate {
  findMany(args: object): Promise<Row[]>;
  count(): Promise<number>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  deleteMany(): Promise<unknown>;
}

function delegate(client: Db | Tx, table: Table): Delegate {
  const property = `${table.name.charAt(0).toLowerCase()}${table.name.slice(1)}`;
  return (client as unknown as Record<string, Delegate>)[property] as Delegate;
}

/** Rows after `last` in key order: (a > x) or (a = x and b > y). */
function after(table: Table, last: Row | undefined): object {
  if (!last) return {};
  const [first, second] = table.key as [string, string?];
  if (!second) return { [first]: { gt: last[first] } };
  return {
    OR: [
      { [first]: { gt: last[first] } },
      { [first]: last[first], [second]: { gt: last[second] } },
    ],
  };
}

async function* batches(client: Db | Tx, table: Table, size: number): AsyncGenerator<Row[]> {
  let last: Row | undefined;
  for (;;) {
    const rows = await delegate(client, table).findMany({
      where: after(table, last),
      orderBy: table.key.map((field) => ({ [field]: 'asc' })),
      take: size,
    });
    if (rows.length === 0) return;
    yield rows;
    last = rows.at(-1);
  }
}

// Both providers return the same JS values for the same row; only key order needs fixing.
function canonical(row: Row): string {
  const sorted = Object.keys(row)
    .sort()
    .map((field) => {
      const value = row[field];
      return [
        field,
        value instanceof Date
          ? value.toISOString()
          : typeof value === 'bigint'
            ? String(value)
            : value,
      ];
    });
  return JSON.stringify(sorted);
}

export interface TableSummary {
  table: string;
  rows: number;
  checksum: string;
}

export async function summarize(client: Db | Tx, table: Table, size = 2000): Promise<TableSummary> {
  const hash = createHash('sha256');
  let rows = 0;
  for await (const batch of batches(client, table, size)) {
    for (const row of batch) hash.update(canonical(row)).update('\n');
    rows += batch.length;
  }
  return { table: table.name, rows, checksum: hash.digest('hex') };
}

export class CopyError extends Error {
  override name = 'CopyError';
}

export interface CopyOptions {
  from: string;
  to: string;
  batchSize?: number;
  /** Empty a target that already holds rows, instead of refusing. */
  replaceTarget?: boolean;
  onProgress?: (table: string, copied: number, total: number) => void;
}

export interface CopyReport {
  tables: (TableSummary & { targetChecksum: string })[];
}

/** After rows arrive with explicit ids, PostgreSQL's sequences must continue after them. */
export async function resetSequences(tx: Tx, provider: Database['provider']): Promise<void> {
  if (provider !== 'postgresql') return;
  // Rows arrived with their ids; new rows must continue after the largest of them.
  for (const table of tables.filter((t) => t.key[0] === 'id')) {
    await tx.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table.name}"', 'id'), COALESCE(MAX("id"), 1), MAX("id") IS NOT NULL) FROM "${table.name}"`,
    );
  }
}

export async function copyArchive(options: CopyOptions): Promise<CopyReport> {
  const batchSize = options.batchSize ?? 1000;
  const sourceMigrations = await migrationStatus(options.from);
  if (sourceMigrations.pending.length || sourceMigrations.applied.length === 0) {
    throw new CopyError(
      `the source is not fully migrated (pending: ${sourceMigrations.pending.join(', ') || 'all'}); start the gateway on it once first`,
    );
  }
  await migrate(options.to);
  const source = await openDatabase(options.from);
  const target = await openDatabase(options.to);
  try {
    const counts = await Promise.all(
      tables.map(async (t) => [t, await delegate(source.db, t).count()] as const),
    );
    const occupied = [];
    for (const table of tables) {
      const rows = await delegate(target.db, table).count();
      if (rows) occupied.push(`${table.name}: ${rows}`);
    }
    if (occupied.length && !options.replaceTarget) {
      throw new CopyError(
        `the target already holds rows (${occupied.join(', ')}); pass --replace-target to empty it first`,
      );
    }
    const sourceSummaries = new Map<string, TableSummary>();
    for (const table of tables) sourceSummaries.set(table.name, await summarize(source.db, table));

    return await target.db.$transaction(
      async (tx) => {
        for (const table of [...tables].reverse()) await delegate(tx, table).deleteMany();
        for (const [table, total] of counts) {
          let copied = 0;
          options.onProgress?.(table.name, 0, total);
          for await (const batch of batches(source.db, table, batchSize)) {
            await delegate(tx, table).createMany({ data: batch });
            copied += batch.length;
            options.onProgress?.(table.name, copied, total);
          }
        }
        await resetSequences(tx, target.provider);
        const report: CopyReport = { tables: [] };
        for (const table of tables) {
          const expected = sourceSummaries.get(table.name) as TableSummary;
          const actual = await summarize(tx, table);
          if (actual.rows !== expected.rows || actual.checksum !== expected.checksum) {
            throw new CopyError(
              `${table.name} differs after copying (rows ${expected.rows} -> ${actual.rows}, checksum ${expected.checksum.slice(0, 12)} -> ${actual.checksum.slice(0, 12)}); nothing was written`,
            );
          }
          report.tables.push({ ...expected, targetChecksum: actual.checksum });
        }
        return report;
      },
      { timeout: 24 * 60 * 60 * 1000, maxWait: 60_000 },
    );
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}
