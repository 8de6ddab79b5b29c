// schema.graphql is the published contract: it is committed, and this fails when it no longer
// matches the schema the code builds (run `npm run codegen` and commit the result).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema/index.js';
import { root } from '../helpers/corpus.js';

describe('schema.graphql', () => {
  it('is the printed schema of the code', () => {
    const committed = readFileSync(join(root, 'schema.graphql'), 'utf8');
    const printed = (s: Parameters<typeof printSchema>[0]) =>
      printSchema(lexicographicSortSchema(s));
    expect(printed(buildSchema(committed)), 'schema.graphql is stale: run npm run codegen').toBe(
      printed(schema),
    );
  });
});
