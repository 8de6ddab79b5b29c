// Golden fixtures: each folder under test/fixtures holds one input file and expected.json, the
// records and warnings (or the error) that parse + normalize must produce. A new edge case is a
// new folder. UPDATE_FIXTURES=1 rewrites expected.json after a deliberate change; review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/ingest/errors.js';
import { normalize } from '../../src/ingest/normalize/index.js';
import { parse } from '../../src/ingest/parse/index.js';
import { decodeText } from '../../src/ingest/read.js';
import { fixturesDir } from '../helpers/corpus.js';

function run(folder: string, file: string): unknown {
  try {
    const source = decodeText(`${folder}/${file}`, readFileSync(join(fixturesDir, folder, file)));
    const { record, warnings } = normalize(parse(source));
    return { record, warnings };
  } catch (error) {
    if (error instanceof ImportError) return { error: error.message };
    throw error;
  }
}

const folders = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('golden fixtures', () => {
  it('covers every shape in the corpus and every kind of bad input', () => {
    expect(folders.filter((f) => !f.startsWith('bad-')).length).toBeGreaterThanOrEqual(4);
    expect(folders.filter((f) => f.startsWith('bad-')).length).toBeGreaterThanOrEqual(4);
  });

  for (const folder of folders) {
    it(folder, () => {
      const inputs = readdirSync(join(fixturesDir, folder)).filter(
        (name) => name !== 'expected.json',
      );
      expect(inputs, `${folder} must hold exactly one input file`).toHaveLength(1);
      const actual = run(folder, inputs[0] as string);
      const expectedPath = join(fixturesDir, folder, 'expected.json');
      if (process.env.UPDATE_FIXTURES || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      if (folder.startsWith('bad-')) expect(actual).toHaveProperty('error');
      else expect(actual).toHaveProperty('record');
    });
  }
});
