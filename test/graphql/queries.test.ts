// The API's lookups over the seed corpus: persons under any printed name, translators as
// first-class entities, document filters, paging, and global IDs.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArchivesDocument,
  ContributorsDocument,
  DocumentByIdDocument,
  DocumentsPageDocument,
  DocumentTurnsDocument,
  FundersDocument,
  HarvestUtterancesDocument,
  NodeByIdDocument,
  NodesByIdDocument,
  PersonsByNameDocument,
  PersonUtterancesDocument,
} from '../generated/operations.js';
import { foundingSlug } from '../helpers/corpus.js';
import { createSeededGateway, type TestGateway } from '../helpers/gateway.js';
import { data } from '../helpers/graphql.js';

let t: TestGateway;
beforeAll(async () => {
  t = await createSeededGateway();
});
afterAll(() => t.database.close());

const slugs = (page: { edges: { node: { slug: string } }[] }) => page.edges.map((e) => e.node.slug);

describe('persons', () => {
  it('are found under any printed form of their name', async () => {
    for (const name of ['Pak Song-chol', 'song chol', 'Seong-cheol', 'PAK']) {
      const { persons } = await data(t.gateway, PersonsByNameDocument, { name });
      expect(
        persons?.edges.map((e) => e.node.name),
        name,
      ).toEqual(['Pak Seong-cheol']);
    }
  });

  it('carry their documents, titles and utterances across the corpus', async () => {
    const { persons } = await data(t.gateway, PersonsByNameDocument, { name: 'Liu Shaoqi' });
    const liu = persons?.edges[0]?.node;
    expect(liu?.participations).toEqual([{ title: 'Chairman', document: { slug: foundingSlug } }]);
    expect(liu?.documents.totalCount).toBe(1);
    expect(liu?.utterances.totalCount).toBe(13);
    expect(liu?.utterances.edges.map((e) => e.node.position)).toEqual([1, 3, 5, 7, 9]);
  });

  it('page their utterances with a cursor', async () => {
    const { persons } = await data(t.gateway, PersonsByNameDocument, { name: 'Liu Shaoqi' });
    const id = persons?.edges[0]?.node.id as string;
    const seen: number[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 10; page++) {
      const { person } = await data(t.gateway, PersonUtterancesDocument, { id, first: 4, after });
      seen.push(...(person?.utterances.edges.map((e) => e.node.position) ?? []));
      if (!person?.utterances.pageInfo.hasNextPage) break;
      after = person.utterances.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(13);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('resolve across documents when one romanization matches: Chou En-lai (Zhou En-lai)', async () => {
    const { persons } = await data(t.gateway, PersonsByNameDocument, { name: 'Chou En-lai' });
    const chou = persons?.edges.find((e) => e.node.name === 'Chou En-lai')?.node;
    expect(chou?.documents.edges.map((e) => e.node.slug).sort()).toEqual([
      'frus1969-76v18-d8',
      'richard-nixon-and-mao-zedong-memorandum-conversation-february-21-1972-250-355pm',
    ]);
    expect(chou?.nameVariants).toContainEqual({ type: 'ROMANIZATION', name: 'Zhou En-lai' });
  });
});

describe('contributors', () => {
  it('answer "which documents did Charles Kraus translate?"', async () => {
    const { contributors } = await data(t.gateway, ContributorsDocument, {
      role: 'TRANSLATED_BY',
      name: 'Charles Kraus',
    });
    expect(contributors?.edges).toHaveLength(1);
    const kraus = contributors?.edges[0]?.node;
    expect(kraus?.name).toBe('Charles Kraus');
    expect(kraus?.documents.totalCount).toBe(1);
    expect(slugs(kraus?.documents ?? { edges: [] })).toEqual([foundingSlug]);
  });

  it('list translators only when asked for translators', async () => {
    const { contributors } = await data(t.gateway, ContributorsDocument, { role: 'TRANSLATED_BY' });
    expect(contributors?.edges.map((e) => e.node.name)).toEqual(['Charles Kraus', 'Jeffrey Wang']);
    const { contributors: obtainers } = await data(t.gateway, ContributorsDocument, {
      role: 'OBTAINED_BY',
    });
    expect(obtainers?.edges.map((e) => e.node.name)).toEqual(['Shen Zhihua']);
  });
});

describe('documents', () => {
  it('filter by date range, person, archive, contributor and type', async () => {
    const page = async (filter: object) =>
      slugs((await data(t.gateway, DocumentsPageDocument, { filter })).documents ?? { edges: [] });
    expect(await page({ dateFrom: '1964-01-01', dateTo: '1964-12-31' })).toEqual([foundingSlug]);
    expect(await page({ dateFrom: '1970-01-01' })).toEqual([
      'richard-nixon-and-mao-zedong-memorandum-conversation-february-21-1972-250-355pm',
    ]);
    expect(await page({ type: ['RECORD_OF_CONVERSATION'] })).toEqual([foundingSlug]);
    const { archives } = await data(t.gateway, ArchivesDocument);
    expect(await page({ archive: archives?.edges[0]?.node.id })).toEqual([foundingSlug]);
    const { contributors } = await data(t.gateway, ContributorsDocument, { name: 'Shen Zhihua' });
    const shen = contributors?.edges[0]?.node.id;
    expect(await page({ contributor: shen, role: 'OBTAINED_BY' })).toEqual([foundingSlug]);
    expect(await page({ contributor: shen, role: 'TRANSLATED_BY' })).toEqual([]);
    const { persons } = await data(t.gateway, PersonsByNameDocument, { name: 'Kissinger' });
    expect((await page({ person: persons?.edges[0]?.node.id })).sort()).toEqual([
      'frus1969-76v18-d8',
      'richard-nixon-and-mao-zedong-memorandum-conversation-february-21-1972-250-355pm',
    ]);
  });

  it('order by date with undated documents after every date, and page without overlap', async () => {
    const all = await data(t.gateway, DocumentsPageDocument, { orderBy: 'DATE_ASC' });
    expect(slugs(all.documents ?? { edges: [] })).toEqual([
      foundingSlug,
      'richard-nixon-and-mao-zedong-memorandum-conversation-february-21-1972-250-355pm',
      'frus1969-76v18-d8',
    ]);
    const desc = await data(t.gateway, DocumentsPageDocument, { orderBy: 'DATE_DESC' });
    expect(slugs(desc.documents ?? { edges: [] })).toEqual(
      [...slugs(all.documents ?? { edges: [] })].reverse(),
    );
    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const { documents } = await data(t.gateway, DocumentsPageDocument, {
        first: 1,
        after,
        orderBy: 'DATE_DESC',
      });
      expect(documents?.totalCount).toBe(3);
      seen.push(...slugs(documents ?? { edges: [] }));
      after = documents?.pageInfo.hasNextPage ? documents.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(slugs(desc.documents ?? { edges: [] }));
  });

  it('filter turns by speaker and kind', async () => {
    const { persons } = await data(t.gateway, PersonsByNameDocument, { name: 'Zhou Enlai' });
    const zhou = persons?.edges.find((e) => e.node.name === 'Zhou Enlai')?.node.id;
    const { document } = await data(t.gateway, DocumentTurnsDocument, {
      slug: foundingSlug,
      speaker: zhou,
    });
    expect(document?.utterances.totalCount).toBe(3);
    expect(document?.utterances.edges.map((e) => e.node.label)).toEqual([
      'Premier [Zhou Enlai]',
      'Premier [Zhou]',
      'Premier [Zhou]',
    ]);
    const directions = await data(t.gateway, DocumentTurnsDocument, {
      slug: foundingSlug,
      kind: ['STAGE_DIRECTION'],
    });
    expect(directions.document?.utterances.edges.map((e) => e.node.position)).toEqual([27]);
  });

  it('list archives and funders with their documents', async () => {
    const { archives } = await data(t.gateway, ArchivesDocument);
    expect(archives?.edges.map((e) => [e.node.abbreviation, e.node.documents.totalCount])).toEqual([
      ['PRC FMA', 1],
    ]);
    const { funders } = await data(t.gateway, FundersDocument);
    expect(funders?.edges.map((e) => [e.node.name, slugs(e.node.documents)])).toEqual([
      ['Leon Levy Foundation', [foundingSlug]],
      ['MacArthur Foundation', [foundingSlug]],
    ]);
  });
});

describe('global IDs', () => {
  it('resolve through node, nodes and the typed lookups', async () => {
    const { document } = await data(t.gateway, DocumentTurnsDocument, {
      slug: foundingSlug,
      first: 1,
    });
    expect(document?.utterances.totalCount).toBe(27);
    const { utterances } = await data(t.gateway, HarvestUtterancesDocument, { first: 1 });
    const utteranceId = utterances?.edges[0]?.node.id as string;
    const { node } = await data(t.gateway, NodeByIdDocument, { id: utteranceId });
    expect(node).toMatchObject({ __typename: 'Utterance', id: utteranceId, position: 1 });
    const documentId = encodeGlobalID('Document', 1);
    const { nodes } = await data(t.gateway, NodesByIdDocument, {
      ids: [documentId, utteranceId, encodeGlobalID('Person', 9999)],
    });
    expect(nodes.map((n) => n?.__typename ?? null)).toEqual(['Document', 'Utterance', null]);
    const byId = await data(t.gateway, DocumentByIdDocument, { id: documentId });
    expect(byId.document?.id).toBe(documentId);
  });

  it('give null for an ID that names nothing', async () => {
    const missing = await data(t.gateway, DocumentByIdDocument, {
      id: encodeGlobalID('Document', 424242),
    });
    expect(missing.document).toBeNull();
    expect(
      (await data(t.gateway, NodeByIdDocument, { id: encodeGlobalID('Person', 424242) })).node,
    ).toBeNull();
  });
});

describe('harvesting utterances', () => {
  it('pages through every utterance exactly once', async () => {
    const ids: string[] = [];
    let after: string | null | undefined;
    let total = 0;
    do {
      const { utterances } = await data(t.gateway, HarvestUtterancesDocument, { first: 7, after });
      total = utterances?.totalCount ?? 0;
      ids.push(...(utterances?.edges.map((e) => e.node.id) ?? []));
      after = utterances?.pageInfo.hasNextPage ? utterances.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(total);
    expect(total).toBe(await t.database.db.utterance.count());
  });
});
