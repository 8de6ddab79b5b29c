// npm run generate -- --documents N [--seed S] (--out <folder> | --database <url>)
// Writes a deterministic corpus as importable files, or loads it straight into an empty database
// through the importer's parse and normalize stages and a bulk writer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { migrate } from '../../src/db/migrate.js';
import { normalize } from '../../src/ingest/normalize/index.js';
import { parse } from '../../src/ingest/parse/index.js';
import { bulkLoad } from './bulk-load.js';
import { generateCorpus } from './corpus.js';

const usage = `usage: npm run generate -- --documents N [--seed S] (--out <folder> | --database <url>)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      database: { type: 'string' },
    },
  });
  const documents = Number(values.documents);
  const seed = Number(values.seed);
  if (
    !Number.isInteger(documents) ||
    documents < 1 ||
    !Number.isInteger(seed) ||
    Boolean(values.out) === Boolean(values.database)
  ) {
    console.error(usage);
    return 2;
  }
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'generating {bar} {value}/{total}' })
    : undefined;
  bar?.start(documents, 0);
  const started = Date.now();
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    let written = 0;
    for (const document of generateCorpus({ documents, seed })) {
      writeFileSync(join(values.out, document.file), document.text);
      bar?.update(++written);
    }
    bar?.stop();
    console.log(
      `wrote ${written} documents to ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  }
  const url = values.database as string;
  await migrate(url);
  const records = (function* () {
    for (const document of generateCorpus({ documents, seed })) yield normalize(parse(document));
  })();
  const result = await bulkLoad(url, records, { onProgress: (n) => bar?.update(n) });
  bar?.stop();
  console.log(
    `loaded ${result.documents} documents (${result.utterances} utterances) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`generate failed: ${error.message}`);
    process.exit(1);
  },
);
