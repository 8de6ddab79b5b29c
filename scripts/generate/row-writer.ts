// Writes rows straight through the database driver, many thousands per statement: PostgreSQL
// takes one array per column (unnest), SQLite one prepared statement in a transaction. Column
// types come from the Prisma datamodel, so nothing here restates the schema. Values are written as
// Prisma itself writes them, so the Prisma client reads them back unchanged.
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { databaseProvider } from '../../src/config.js';
import { type Provider, sqlitePath } from '../../src/db/client.js';
import { getDatamodel } from '../../src/db/generated/pothos-types.js';
import { postgresTarget, searchPathOption } from '../../src/db/postgres-url.js';

export type Row = Record<string, unknown>;

interface Column {
  name: string;
  type: string;
  isEnum: boolean;
}

const models = getDatamodel().datamodel.models as unknown as Record<
  string,
  { fields: { name: string; type: string; kind: string }[] }
>;

function columns(model: string): Column[] {
  const fields = models[model]?.fields ?? [];
  return fields
    .filter((f) => f.kind === 'scalar' || f.kind === 'enum')
    .map((f) => ({ name: f.name, type: f.type, isEnum: f.kind === 'enum' }));
}

const pgArrayType: Record<string, string> = {
  Int: 'int4[]',
  String: 'text[]',
  DateTime: 'timestamp(3)[]',
  Boolean: 'bool[]',
};

export interface RowWriter {
  provider: Provider;
  isEmpty(): Promise<boolean>;
  write(model: string, rows: Row[]): Promise<void>;
  /** PostgreSQL's id sequences continue after the largest id written. */
  finish(): Promise<void>;
  close(): Promise<void>;
}

async function postgresWriter(url: string): Promise<RowWriter> {
  const { connectionString, schema } = postgresTarget(url);
  const client = new pg.Client({ connectionString, options: searchPathOption(schema) });
  await client.connect();
  return {
    provider: 'postgresql',
    isEmpty: async () =>
      (await client.query('SELECT count(*)::int AS n FROM "Document"')).rows[0].n === 0,
    async write(model, rows) {
      if (!rows.length) return;
      const cols = columns(model);
      const select = cols.map((c, i) => (c.isEnum ? `c${i}::"${c.type}"` : `c${i}`)).join(', ');
      const arrays = cols
        .map((c, i) => `$${i + 1}::${c.isEnum ? 'text[]' : pgArrayType[c.type]}`)
        .join(', ');
      const names = cols.map((c) => `"${c.name}"`).join(', ');
      const aliases = cols.map((_, i) => `c${i}`).join(', ');
      const values = cols.map((c) =>
        rows.map((row) => {
          const value = row[c.name] ?? null;
          return value instanceof Date ? value.toISOString() : value;
        }),
      );
      await client.query(
        `INSERT INTO "${model}" (${names}) SELECT ${select} FROM unnest(${arrays}) AS t(${aliases})`,
        values,
      );
    },
    async finish() {
      for (const model of Object.keys(models)) {
        if (!columns(model).some((c) => c.name === 'id')) continue;
        await client.query(
          `SELECT setval(pg_get_serial_sequence('"${model}"', 'id'), COALESCE(MAX("id"), 1), MAX("id") IS NOT NULL) FROM "${model}"`,
        );
      }
    },
    close: () => client.end(),
  };
}

async function sqliteWriter(url: string): Promise<RowWriter> {
  const db = new Sqlite(sqlitePath(url));
  db.pragma('journal_mode = WAL');
  const statements = new Map<string, Sqlite.Statement>();
  return {
    provider: 'sqlite',
    isEmpty: async () =>
      (db.prepare('SELECT count(*) AS n FROM "Document"').get() as { n: number }).n === 0,
    async write(model, rows) {
      const cols = columns(model);
      let statement = statements.get(model);
      if (!statement) {
        statement = db.prepare(
          `INSERT INTO "${model}" (${cols.map((c) => `"${c.name}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
        );
        statements.set(model, statement);
      }
      const insert = statement;
      db.transaction(() => {
        for (const row of rows) {
          insert.run(
            cols.map((c) => {
              const value = row[c.name] ?? null;
              // Prisma's SQLite adapter stores instants as ISO 8601 with an explicit offset.
              return value instanceof Date ? value.toISOString().replace('Z', '+00:00') : value;
            }),
          );
        }
      })();
    },
    finish: async () => {},
    close: async () => {
      db.close();
    },
  };
}

export function rowWriter(url: string): Promise<RowWriter> {
  return databaseProvider(url) === 'sqlite' ? sqliteWriter(url) : postgresWriter(url);
}
