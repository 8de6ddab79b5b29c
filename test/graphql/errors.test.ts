// What a client sees when it asks wrongly, or when something breaks inside: a clear message and a
// stable code, and never a stack trace or an internal message.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DocumentByIdDocument,
  DocumentBySlugAndIdDocument,
  DocumentsOfSizeDocument,
  NestedTurnsOfSizeDocument,
  NodeByIdDocument,
} from '../generated/operations.js';
import { foundingSlug } from '../helpers/corpus.js';
import { createSeededGateway, type TestGateway } from '../helpers/gateway.js';
import { execute, type Result } from '../helpers/graphql.js';

let t: TestGateway;
beforeAll(async () => {
  t = await createSeededGateway();
});
afterAll(() => t.database.close());

function onlyError(result: Result<unknown>) {
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors ?? [];
  expect(JSON.stringify(error)).not.toMatch(/\bat .+:\d+:\d+|stack|node_modules/);
  return error as { message: string; extensions?: Record<string, unknown>; path?: unknown[] };
}

describe('bad arguments', () => {
  it('malformed global IDs are INVALID_ID and name the ID', async () => {
    for (const id of ['bad', 'RG9jdW1lbnQ6', encodeGlobalID('Document', 'x'), 'RG9jdW1lbnQ6MQ']) {
      const error = onlyError(await execute(t.gateway, NodeByIdDocument, { id }));
      expect(error.extensions).toMatchObject({ code: 'INVALID_ID', id });
      expect(error.message).toContain(id);
    }
  });

  it('an ID of the wrong type is INVALID_ID', async () => {
    const error = onlyError(
      await execute(t.gateway, DocumentByIdDocument, { id: encodeGlobalID('Person', 1) }),
    );
    expect(error.extensions?.code).toBe('INVALID_ID');
    expect(error.message).toMatch(/not a valid Document ID/);
  });

  it('document needs exactly one of id and slug', async () => {
    const none = onlyError(await execute(t.gateway, DocumentBySlugAndIdDocument, {}));
    expect(none).toMatchObject({
      message: 'give exactly one of id and slug',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const both = onlyError(
      await execute(t.gateway, DocumentBySlugAndIdDocument, {
        id: encodeGlobalID('Document', 1),
        slug: foundingSlug,
      }),
    );
    expect(both.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a page beyond the maximum is refused, not silently cut', async () => {
    const root = onlyError(await execute(t.gateway, DocumentsOfSizeDocument, { first: 101 }));
    expect(root).toMatchObject({
      message: 'first: 101 is more than the maximum page size of 100',
      extensions: { code: 'PAGE_SIZE_EXCEEDED', argument: 'first', max: 100 },
      path: ['documents'],
    });
    const nested = onlyError(
      await execute(t.gateway, NestedTurnsOfSizeDocument, { slug: foundingSlug, first: 501 }),
    );
    expect(nested.extensions).toMatchObject({ code: 'PAGE_SIZE_EXCEEDED', max: 500 });
    const last = onlyError(await execute(t.gateway, DocumentsOfSizeDocument, { last: 1000 }));
    expect(last.extensions).toMatchObject({ code: 'PAGE_SIZE_EXCEEDED', argument: 'last' });
    const ok = await execute(t.gateway, DocumentsOfSizeDocument, { first: 100 });
    expect(ok.errors).toBeUndefined();
  });

  it('malformed cursors, negative sizes and unsupported combinations are BAD_USER_INPUT', async () => {
    for (const variables of [{ after: 'not-a-cursor' }, { first: -1 }, { first: 1, before: 'x' }]) {
      const error = onlyError(await execute(t.gateway, DocumentsOfSizeDocument, variables));
      expect(error.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });

  it('dates must be calendar dates and ranges must be ordered', async () => {
    const malformed = await execute(t.gateway, DocumentsOfSizeDocument, {
      filter: { dateFrom: '1964-02-30' },
    });
    expect(malformed.errors?.[0]?.message).toMatch(/YYYY-MM-DD, got "1964-02-30"/);
    const reversed = onlyError(
      await execute(t.gateway, DocumentsOfSizeDocument, {
        filter: { dateFrom: '1965-01-01', dateTo: '1964-01-01' },
      }),
    );
    expect(reversed).toMatchObject({
      message: 'filter.dateFrom is after filter.dateTo',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('internal failures', () => {
  it('are masked: the client gets a code, the log gets the cause', async () => {
    const broken = await createSeededGateway();
    await broken.database.db.$executeRawUnsafe('DROP TABLE "ArchivalReference"');
    const result = await execute(broken.gateway, DocumentsOfSizeDocument, {
      filter: { archive: encodeGlobalID('Archive', 1) },
    });
    const error = onlyError(result);
    expect(error).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toMatch(/ArchivalReference|SQLITE|prisma/i);
    expect(broken.loggedErrors.length).toBeGreaterThan(0);
    await broken.database.close();
  });
});
