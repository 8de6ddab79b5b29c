// Nested queries are batched: the number of SQL statements for a page of documents with their
// participants, turns, speakers, name variants and provenance does not grow with the page size.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/ingest/load/index.js';
import { normalize } from '../../src/ingest/normalize/index.js';
import { parse } from '../../src/ingest/parse/index.js';
import { BatchedDocumentsDocument } from '../generated/operations.js';
import { foundingDocumentFile } from '../helpers/corpus.js';
import { createSeededGateway, type TestGateway } from '../helpers/gateway.js';
import { data } from '../helpers/graphql.js';

let t: TestGateway;
beforeAll(async () => {
  t = await createSeededGateway();
  // Twenty-two more copies of the founding document under other slugs, through the real loader.
  const founding = normalize(
    parse({ file: 'founding.txt', text: readFileSync(foundingDocumentFile, 'utf8') }),
  );
  for (let i = 1; i <= 22; i++) {
    const record = {
      ...founding.record,
      slug: `copy-${i}`,
      title: `${founding.record.title} (copy ${i})`,
    };
    await loadDocument(t.database, { record, contentHash: `copy-${i}` });
  }
});
afterAll(() => t.database.close());

async function statementsFor(first: number) {
  t.database.statements.length = 0;
  const result = await data(t.gateway, BatchedDocumentsDocument, { first });
  return { result, statements: [...t.database.statements] };
}

describe('batched nested queries', () => {
  it('send the same few statements for 1 document as for 20', async () => {
    const one = await statementsFor(1);
    const twenty = await statementsFor(20);
    expect(one.result.documents?.edges).toHaveLength(1);
    expect(twenty.result.documents?.edges).toHaveLength(20);
    const turns = twenty.result.documents?.edges.flatMap((e) => e.node.utterances.edges) ?? [];
    expect(turns.length).toBeGreaterThan(20 * 25);
    expect(
      turns.every(
        (turn) => turn.node.speaker === null || turn.node.speaker.nameVariants.length > 0,
      ),
    ).toBe(true);
    expect(twenty.statements).toHaveLength(one.statements.length);
    expect(one.statements.length).toBeLessThanOrEqual(20);
  });
});
