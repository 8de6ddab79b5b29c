// With DATABASE_REPLICA_URLS, reads go to a replica and writes to the primary. The replica here is
// the same server under another URL, so the routing is what is observed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/http/yoga.js';
import { importFiles } from '../../src/ingest/pipeline.js';
import { FoundingDocumentDocument, PersonsByNameDocument } from '../generated/operations.js';
import { foundingSlug, seedsDir } from '../helpers/corpus.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { data } from '../helpers/graphql.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ replicas: 1 });
});
afterAll(() => database.close());

const isRead = (sql: string) => /^\s*SELECT/i.test(sql);
const isWrite = (sql: string) => /^\s*(INSERT|UPDATE|DELETE)/i.test(sql);

describe('read replicas', () => {
  it('take the writes of an import on the primary', async () => {
    database.routed.length = 0;
    const report = await importFiles(database, [seedsDir]);
    expect(report.counts.new).toBe(3);
    const writes = database.routed.filter((q) => isWrite(q.sql));
    expect(writes.length).toBeGreaterThan(10);
    expect(writes.every((q) => q.role === 'primary')).toBe(true);
  });

  it.each([
    ['the resolvers', false],
    ['the compiled path', true],
  ])('answer GraphQL reads from the replica through %s', async (_name, compiled) => {
    const gateway = createGateway({
      db: database.db,
      ...(compiled && { compiled: database }),
    });
    database.routed.length = 0;
    const { document } = await data(gateway, FoundingDocumentDocument, { slug: foundingSlug });
    const { persons } = await data(gateway, PersonsByNameDocument, { name: 'Pak' });
    expect(document?.utterances.totalCount).toBe(27);
    expect(persons?.edges).toHaveLength(1);
    const reads = database.routed.filter((q) => isRead(q.sql));
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.map((q) => q.role)).toEqual(reads.map(() => 'replica'));
  });
});
