// Nested queries are batched: the number of SQL statements for a page of documents with their
// participants, turns, speakers, name variants and provenance does not grow with the page size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate/corpus.js';
import { importSource } from '../../src/ingest/pipeline.js';
import { BatchedDocumentsDocument } from '../generated/operations.js';
import { createSeededGateway, type TestGateway } from '../helpers/gateway.js';
import { data } from '../helpers/graphql.js';

let t: TestGateway;
beforeAll(async () => {
  t = await createSeededGateway();
  // Twenty-five generated documents of varied shapes, through the real importer.
  for (const document of generateCorpus({ documents: 25, seed: 3 })) {
    const report = await importSource(t.database, document);
    if (report.status !== 'new') throw new Error(`generated document failed: ${report.error}`);
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
    expect(turns.length).toBeGreaterThan(20 * 15);
    expect(
      turns.every(
        (turn) => turn.node.speaker === null || turn.node.speaker.nameVariants.length > 0,
      ),
    ).toBe(true);
    expect(twenty.statements).toHaveLength(one.statements.length);
    expect(one.statements.length).toBeLessThanOrEqual(20);
  });
});
