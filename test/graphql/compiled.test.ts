// The compiled query path must answer exactly as the resolvers do. Every case runs both ways and
// the two responses must be equal; the cases the planner models must also have run compiled, and
// the rest (unmodelled fields, directives, bad arguments) must have fallen back to the resolvers.

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../bench/operations.js';
import { generateCorpus } from '../../scripts/generate/corpus.js';
import { importSource } from '../../src/ingest/pipeline.js';
import {
  ArchivesDocument,
  BatchedDocumentsDocument,
  ContributorsDocument,
  DocumentByIdDocument,
  type DocumentFilter,
  DocumentsOfSizeDocument,
  DocumentsPageDocument,
  DocumentTurnsDocument,
  FoundingDocumentDocument,
  HarvestUtterancesDocument,
  NodeByIdDocument,
  PersonsByNameDocument,
  PersonUtterancesDocument,
} from '../generated/operations.js';
import { foundingSlug } from '../helpers/corpus.js';
import { createSeededGateway, type TestGateway } from '../helpers/gateway.js';
import { execute } from '../helpers/graphql.js';

let t: TestGateway;
let ids: { person: string; archive: string; contributor: string; speaker: string };
beforeAll(async () => {
  t = await createSeededGateway();
  for (const document of generateCorpus({ documents: 30, seed: 5 }))
    await importSource(t.database, document);
  const db = t.database.db;
  const speaker = await db.utterance.groupBy({
    by: ['speakerId'],
    _count: true,
    orderBy: { _count: { speakerId: 'desc' } },
    take: 1,
    where: { speakerId: { not: null } },
  });
  ids = {
    person: encodeGlobalID(
      'Person',
      (await db.person.findFirstOrThrow({ where: { name: 'Liu Shaoqi' } })).id,
    ),
    archive: encodeGlobalID('Archive', (await db.archive.findFirstOrThrow()).id),
    contributor: encodeGlobalID(
      'Contributor',
      (await db.contributor.findFirstOrThrow({ where: { name: 'Shen Zhihua' } })).id,
    ),
    speaker: encodeGlobalID('Person', Number(speaker[0]?.speakerId)),
  };
});
afterAll(() => t.database.close());

async function both<R, V>(document: TypedDocumentNode<R, V>, variables?: V) {
  t.paths.length = 0;
  const compiled = await execute(t.gateway, document, variables);
  const path = t.paths[0];
  const reference = await execute(t.resolvers, document, variables);
  expect(compiled).toEqual(reference);
  return { compiled, path };
}

const raw = (query: string) =>
  parse(query) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;

describe('the compiled path answers as the resolvers do', () => {
  it('for the founding document, citation and dialogue included', async () => {
    const { compiled, path } = await both(FoundingDocumentDocument, { slug: foundingSlug });
    expect(path).toBe('compiled');
    expect(compiled.data?.document?.utterances.totalCount).toBe(27);
  });

  it('for documents by id, present and absent', async () => {
    expect((await both(DocumentByIdDocument, { id: encodeGlobalID('Document', 2) })).path).toBe(
      'compiled',
    );
    expect((await both(DocumentByIdDocument, { id: encodeGlobalID('Document', 9999) })).path).toBe(
      'compiled',
    );
  });

  it('for document lists in every order, filtered every way, page after page', async () => {
    const filters: DocumentFilter[] = [
      {},
      { dateFrom: '1960-01-01', dateTo: '1975-12-31' },
      { dateFrom: '1964-03-20', dateTo: '1964-03-20' },
      { type: ['MEMORANDUM_OF_CONVERSATION'] },
      { person: ids.person },
      { person: ids.speaker },
      { archive: ids.archive },
      { contributor: ids.contributor, role: 'OBTAINED_BY' },
      { role: 'TRANSLATED_BY' },
    ];
    for (const orderBy of ['DATE_ASC', 'DATE_DESC', 'UPDATED_ASC'] as const) {
      for (const filter of filters) {
        let after: string | null | undefined;
        let pages = 0;
        do {
          const { compiled, path } = await both(DocumentsPageDocument, {
            first: 7,
            after,
            filter,
            orderBy,
            turns: 2,
          });
          expect(path, JSON.stringify({ orderBy, filter })).toBe('compiled');
          const page = compiled.data?.documents;
          after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
          pages++;
        } while (after && pages < 10);
      }
    }
  });

  it('for turns by speaker and kind', async () => {
    const zhou = (await both(PersonsByNameDocument, { name: 'Zhou Enlai' })).compiled.data?.persons
      ?.edges[0]?.node.id;
    expect((await both(DocumentTurnsDocument, { slug: foundingSlug, speaker: zhou })).path).toBe(
      'compiled',
    );
    expect(
      (
        await both(DocumentTurnsDocument, {
          slug: foundingSlug,
          kind: ['STAGE_DIRECTION', 'SPEECH'],
          first: 5,
        })
      ).path,
    ).toBe('compiled');
  });

  it('for a person with their utterances', async () => {
    expect((await both(PersonUtterancesDocument, { id: ids.speaker, first: 20 })).path).toBe(
      'compiled',
    );
  });

  it('for harvesting every utterance, page by page', async () => {
    let after: string | null | undefined;
    let pages = 0;
    do {
      const { compiled, path } = await both(HarvestUtterancesDocument, { first: 250, after });
      expect(path).toBe('compiled');
      const page = compiled.data?.utterances;
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBeGreaterThan(3);
  });

  it('for the nested page of the SQL-count guard', async () => {
    expect((await both(BatchedDocumentsDocument, { first: 20 })).path).toBe('compiled');
  });

  it('for the benchmark operations', async () => {
    const targets = {
      documentId: 5,
      personId: 3,
      harvestAfter: [0, 100],
      postgraphileOrderDigest: '',
    };
    for (const operation of operations) {
      const request = JSON.parse(operation.gateway(targets, 1).body as string) as {
        query: string;
        variables: Record<string, unknown>;
      };
      const { path } = await both(raw(request.query), request.variables);
      expect(path, operation.name).toBe('compiled');
    }
  });

  it('for aliases, fragments, __typename and repeated fields', async () => {
    const query = raw(`
      query Shapes($slug: String!) {
        __typename
        doc: document(slug: $slug) {
          __typename
          ...Head
          title
          again: title
          participants { ... on Participant { title } person { __typename name } }
          date { __typename start }
          utterances(first: 3) { __typename edges { __typename cursor node { ...Turn } } pageInfo { __typename hasPreviousPage startCursor } }
          lines: utterances(first: 1, kind: [STAGE_DIRECTION]) { totalCount }
        }
      }
      fragment Head on Document { slug title type }
      fragment Turn on Utterance { position label speaker { name } insertions { __typename start end text } }`);
    const { compiled, path } = await both(query, { slug: foundingSlug });
    expect(path).toBe('compiled');
    expect(compiled.data).toMatchObject({
      __typename: 'Query',
      doc: {
        __typename: 'Document',
        again: compiled.data?.doc && (compiled.data.doc as { title: string }).title,
      },
    });
  });
});

describe('the resolvers answer what the compiler does not model', () => {
  it.each([
    ['persons by name', PersonsByNameDocument, { name: 'Pak' }],
    ['contributors', ContributorsDocument, { role: 'TRANSLATED_BY' }],
    ['archives', ArchivesDocument, {}],
    ['node', NodeByIdDocument, { id: encodeGlobalID('Document', 1) }],
    ['a malformed id', DocumentByIdDocument, { id: 'not-an-id' }],
    ['an id of another type', DocumentByIdDocument, { id: encodeGlobalID('Person', 1) }],
    ['a page over the maximum', DocumentsOfSizeDocument, { first: 101 }],
    [
      'reversed dates',
      DocumentsOfSizeDocument,
      { filter: { dateFrom: '1970-01-01', dateTo: '1960-01-01' } },
    ],
    ['a malformed cursor', DocumentsOfSizeDocument, { after: 'nope' }],
  ] as const)('%s', async (_name, document, variables) => {
    const { path } = await both(document as never, variables as never);
    expect(path).toBe('resolvers');
  });

  it('a directive', async () => {
    const { path } = await both(
      raw('query($skip: Boolean!) { documents { totalCount edges @skip(if: $skip) { cursor } } }'),
      { skip: true },
    );
    expect(path).toBe('resolvers');
  });
});
