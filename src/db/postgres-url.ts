// PostgreSQL URLs may name a schema the way Prisma's do (?schema=archive). The pg driver would send
// it to the server as a setting and fail, so it is taken out and applied as the search path.

export interface PostgresTarget {
  /** The URL without the schema parameter, as the pg driver accepts it. */
  connectionString: string;
  schema: string;
}

export function postgresTarget(url: string): PostgresTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') || 'public';
  parsed.searchParams.delete('schema');
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`schema "${schema}" in the database URL must be a plain SQL identifier`);
  }
  return { connectionString: parsed.toString(), schema };
}

/** Session options that make unqualified names resolve in the schema. */
export function searchPathOption(schema: string): string {
  return `-c search_path="${schema}"`;
}
