// The importer's stages composed: read -> parse -> normalize -> load, one file at a time.
// Returns a report and prints nothing, so the CLI, the server's seeding and the tests share it.
import type { Db } from '../db/client.js';
import { ImportError, type Warning } from './errors.js';
import { type LoadOutcome, loadDocument } from './load/index.js';
import { normalize } from './normalize/index.js';
import { parse, type Source } from './parse/index.js';
import { listFiles, readSource } from './read.js';

export type FileStatus = LoadOutcome | 'failed';

export interface FileReport {
  file: string;
  status: FileStatus;
  slug?: string;
  /** Why the file failed: "file:line:col: reason". */
  error?: string;
  warnings: Warning[];
}

export interface ImportReport {
  files: FileReport[];
  counts: Record<FileStatus, number>;
}

export interface ImportOptions {
  /** Called after each file, for progress display. */
  onFile?: (report: FileReport, done: number, total: number) => void;
}

function describe(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  return `${(error as Error).message ?? String(error)}`;
}

export async function importSource(
  { db }: { db: Db },
  source: Source,
  seenSlugs = new Map<string, string>(),
): Promise<FileReport> {
  let slug: string | undefined;
  let warnings: Warning[] = [];
  try {
    const normalized = normalize(parse(source));
    warnings = normalized.warnings;
    slug = normalized.record.slug;
    const earlier = seenSlugs.get(slug);
    if (earlier) {
      throw new ImportError(
        { file: source.file, line: 1, col: 1 },
        `names the same document (${slug}) as ${earlier}, imported earlier in this run`,
      );
    }
    seenSlugs.set(slug, source.file);
    const { outcome } = await loadDocument({ db }, normalized);
    return { file: source.file, status: outcome, slug, warnings };
  } catch (error) {
    return {
      file: source.file,
      status: 'failed',
      ...(slug && { slug }),
      error: error instanceof ImportError ? error.message : `${source.file}: ${describe(error)}`,
      warnings,
    };
  }
}

export async function importFiles(
  { db }: { db: Db },
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const counts: Record<FileStatus, number> = { new: 0, updated: 0, unchanged: 0, failed: 0 };
  const files: FileReport[] = [];
  let list: string[];
  try {
    list = listFiles(paths);
  } catch (error) {
    const report: FileReport = {
      file: String(paths[0]),
      status: 'failed',
      error: describe(error),
      warnings: [],
    };
    return { files: [report], counts: { ...counts, failed: 1 } };
  }
  const seenSlugs = new Map<string, string>();
  for (const file of list) {
    let report: FileReport;
    try {
      report = await importSource({ db }, readSource(file), seenSlugs);
    } catch (error) {
      report = { file, status: 'failed', error: describe(error), warnings: [] };
    }
    files.push(report);
    counts[report.status]++;
    options.onFile?.(report, files.length, list.length);
  }
  return { files, counts };
}
