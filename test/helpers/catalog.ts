// The structure of a database, read from its catalog in a form that compares equal when two
// databases have the same tables, columns, keys and indexes, however they were built.
import Sqlite from 'better-sqlite3';

export function sqliteCatalog(path: string) {
  const db = new Sqlite(path, { readonly: true });
  try {
    const tables = (
      db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name`,
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    return tables.map((table) => ({
      table,
      columns: db.prepare(`PRAGMA table_info("${table}")`).all(),
      indexes: (
        db.prepare(`PRAGMA index_list("${table}")`).all() as {
          name: string;
          unique: number;
          origin: string;
        }[]
      )
        .map((index) => ({
          name: index.name,
          unique: index.unique,
          origin: index.origin,
          columns: (
            db.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]
          ).map((c) => c.name),
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      foreignKeys: db.prepare(`PRAGMA foreign_key_list("${table}")`).all(),
    }));
  } finally {
    db.close();
  }
}

/** The same for one PostgreSQL schema, with the schema's name taken out of definitions. */
export async function postgresCatalog(client: import('pg').Client, schema: string) {
  const strip = (text: string) => text.replaceAll(`"${schema}".`, '').replaceAll(`${schema}.`, '');
  const rows = async (sql: string) => (await client.query(sql, [schema])).rows;
  return {
    columns:
      await rows(`SELECT table_name, column_name, ordinal_position, data_type, udt_name, is_nullable,
        column_default FROM information_schema.columns WHERE table_schema = $1 AND table_name != '_prisma_migrations'
        ORDER BY table_name, ordinal_position`).then((r) =>
        r.map((c) => ({ ...c, column_default: c.column_default && strip(c.column_default) })),
      ),
    indexes: await rows(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = $1
        AND tablename != '_prisma_migrations' ORDER BY indexname`).then((r) =>
      r.map((i) => ({ ...i, indexdef: strip(i.indexdef) })),
    ),
    constraints:
      await rows(`SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(c.oid) AS definition
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1
        AND conrelid::regclass::text NOT LIKE '%_prisma_migrations' ORDER BY conname`).then((r) =>
        r.map((c) => ({ ...c, table: strip(c.table), definition: strip(c.definition) })),
      ),
    enums:
      await rows(`SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels FROM pg_type t
        JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1
        GROUP BY t.typname ORDER BY t.typname`),
  };
}
