// npm run import -- <files or folders>: imports records into the database DATABASE_URL names
// (the embedded SQLite file by default), shows progress, prints a summary, and exits non-zero
// when any file failed.
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { formatPosition } from './errors.js';
import { type ImportReport, importFiles } from './pipeline.js';

const usage = `usage: npm run import -- [--quiet] <file or folder>...

Imports archive pages and memoranda of conversation (.txt) into the database named by
DATABASE_URL (default: the embedded SQLite file ./data/archive.db).`;

export function summarize(report: ImportReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.status === 'failed') lines.push(`failed     ${file.error}`);
    for (const warning of file.warnings)
      lines.push(`warning    ${formatPosition(warning)}: ${warning.message}`);
  }
  const { counts } = report;
  lines.push(
    `${report.files.length} files: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed`,
  );
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length === 0) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  await migrate(config.databaseUrl);
  const database = await openDatabase(config.databaseUrl, config);
  // A bar helps on a terminal with many files; logs and pipes get one line per file instead.
  const bar =
    process.stderr.isTTY && !values.quiet
      ? new SingleBar({ format: 'importing {bar} {value}/{total} {file}' })
      : undefined;
  try {
    let started = false;
    const report = await importFiles(database, positionals, {
      onFile: (file, done, total) => {
        if (bar) {
          if (!started) bar.start(total, 0, { file: '' });
          started = true;
          bar.update(done, { file: file.file });
        } else if (!values.quiet) {
          console.error(`${file.status.padEnd(10)} ${file.file}`);
        }
      },
    });
    bar?.stop();
    console.log(summarize(report));
    return report.counts.failed > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`import failed: ${error.message}`);
    process.exit(1);
  },
);
