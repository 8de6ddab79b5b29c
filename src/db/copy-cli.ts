// npm run db:copy -- --from <url> --to <url> [--replace-target] [--batch-size N]
import { parseArgs } from 'node:util';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { databaseProvider } from '../config.js';
import { copyArchive } from './copy.js';

const usage = `usage: npm run db:copy -- --from <url> --to <url> [--replace-target] [--batch-size N]

Copies a whole archive between two databases (file:... for SQLite, postgresql://... for
PostgreSQL), keeping every id. The target is migrated, written in one transaction, and committed
only when every table's row count and checksum equal the source's. A target that already holds
rows is refused unless --replace-target is given.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      'replace-target': { type: 'boolean' },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.from || !values.to) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  databaseProvider(values.from);
  databaseProvider(values.to);
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
    console.error(`--batch-size must be a positive integer, got "${values['batch-size']}"`);
    return 2;
  }
  const bars = process.stderr.isTTY
    ? new MultiBar(
        { format: '{table} {bar} {value}/{total}', hideCursor: true },
        Presets.shades_classic,
      )
    : undefined;
  const byTable = new Map<string, SingleBar>();
  const report = await copyArchive({
    from: values.from,
    to: values.to,
    replaceTarget: values['replace-target'] ?? false,
    ...(batchSize && { batchSize }),
    onProgress: (table, copied, total) => {
      if (!bars) {
        if (copied === total) console.error(`copied ${table}: ${total} rows`);
        return;
      }
      const bar = byTable.get(table) ?? bars.create(total, 0, { table: table.padEnd(18) });
      byTable.set(table, bar);
      bar.update(copied);
    },
  });
  bars?.stop();
  for (const table of report.tables) {
    console.log(
      `${table.table.padEnd(18)} ${String(table.rows).padStart(9)} rows  sha256 ${table.checksum.slice(0, 16)}  equal`,
    );
  }
  console.log('copied and verified: every table has the same rows and checksum as the source');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`db:copy failed: ${error.message}`);
    process.exit(1);
  },
);
