// A SQLite database URL in a fresh temporary folder, for the PostgreSQL run's comparisons.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freshSqliteUrl(name = 'archive.db'): string {
  return `file:${join(mkdtempSync(join(tmpdir(), 'archive-gateway-sqlite-')), name)}`;
}
