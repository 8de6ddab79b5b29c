// The SQL-count guard for every benchmark operation: the statements a request sends do not grow
// with its page size, on the compiled path (always one) and on the resolvers' path (a few).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../bench/operations.js';
import { generateCorpus } from '../../scripts/generate/corpus.js';
import { importSource } from '../../src/ingest/pipeline.js';
import { createSeededGateway, type TestGateway } from '../helpers/gateway.js';
import { data } from '../helpers/graphql.js';

let t: TestGateway;
beforeAll(async () => {
  t = await createSeededGateway();
  for (const document of generateCorpus({ documents: 40, seed: 9 }))
    await importSource(t.database, document);
});
afterAll(() => t.database.close());

// The same operation with every page size shrunk: first: 20 -> 2, first: 200 -> 20, ...
const shrink = (query: string) =>
  query.replace(
    /first: (\d+)/g,
    (_, n: string) => `first: ${Math.max(1, Math.floor(Number(n) / 10))}`,
  );

describe.each(operations.map((o) => [o.name, o] as const))('%s', (_name, operation) => {
  const targets = {
    documentId: 4,
    personId: 2,
    harvestAfter: [0, 50],
    postgraphileOrderDigest: '',
  };
  const request = JSON.parse(operation.gateway(targets, 1).body as string) as {
    query: string;
    variables: Record<string, unknown>;
  };

  async function statements(gateway: 'gateway' | 'resolvers', query: string) {
    t.database.statements.length = 0;
    await data(
      t[gateway],
      parse(query) as TypedDocumentNode<unknown, Record<string, unknown>>,
      request.variables,
    );
    return t.database.statements.length;
  }

  it('runs as one statement on the compiled path, at any page size', async () => {
    expect(await statements('gateway', request.query)).toBe(1);
    expect(await statements('gateway', shrink(request.query))).toBe(1);
  });

  it('sends as many statements for a small page as for a large one through the resolvers', async () => {
    const large = await statements('resolvers', request.query);
    const small = await statements('resolvers', shrink(request.query));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(15);
  });
});
