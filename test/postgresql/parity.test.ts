// PostgreSQL and the embedded SQLite default give the same answers to the same questions, from
// the same archive imported the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { createGateway, type Gateway } from '../../src/http/yoga.js';
import { importFiles } from '../../src/ingest/pipeline.js';
import {
  ArchivesDocument,
  ContributorsDocument,
  DocumentsPageDocument,
  DocumentTurnsDocument,
  FoundingDocumentDocument,
  FundersDocument,
  HarvestUtterancesDocument,
  PersonsByNameDocument,
} from '../generated/operations.js';
import { foundingSlug, seedsDir } from '../helpers/corpus.js';
import { freshDatabaseUrl } from '../helpers/database.js';
import { execute } from '../helpers/graphql.js';
import { startGateway } from '../helpers/process.js';
import { freshSqliteUrl } from '../helpers/sqlite.js';

async function seededGateway(url: string) {
  await migrate(url);
  const database = await openDatabase(url);
  await importFiles(database, [seedsDir]);
  return { database, gateway: createGateway({ db: database.db }) };
}

let sqlite: Awaited<ReturnType<typeof seededGateway>>;
let postgres: Awaited<ReturnType<typeof seededGateway>>;
const postgresUrl = freshDatabaseUrl();
beforeAll(async () => {
  sqlite = await seededGateway(freshSqliteUrl());
  postgres = await seededGateway(postgresUrl.url);
});
afterAll(async () => {
  await sqlite.database.close();
  await postgres.database.close();
  await postgresUrl.remove();
});

async function both<R, V>(document: Parameters<typeof execute<R, V>>[1], variables?: V) {
  const [a, b] = await Promise.all([
    execute(sqlite.gateway as Gateway, document, variables),
    execute(postgres.gateway, document, variables),
  ]);
  expect(a.errors).toBeUndefined();
  return [a, b] as const;
}

describe('the same answers on SQLite and PostgreSQL', () => {
  it.each([
    ['the founding document', FoundingDocumentDocument, { slug: foundingSlug }],
    ['documents by date, ascending', DocumentsPageDocument, { orderBy: 'DATE_ASC', turns: 3 }],
    [
      'documents by date, descending, one per page',
      DocumentsPageDocument,
      { orderBy: 'DATE_DESC', first: 1 },
    ],
    [
      'documents in a date range',
      DocumentsPageDocument,
      { filter: { dateFrom: '1964-01-01', dateTo: '1970-01-01' } },
    ],
    [
      'documents of a type',
      DocumentsPageDocument,
      { filter: { type: ['MEMORANDUM_OF_CONVERSATION'] } },
    ],
    ['turns of one kind', DocumentTurnsDocument, { slug: foundingSlug, kind: ['STAGE_DIRECTION'] }],
    ['persons under a spelling', PersonsByNameDocument, { name: 'chou' }],
    ['all persons', PersonsByNameDocument, { first: 100 }],
    ['translators', ContributorsDocument, { role: 'TRANSLATED_BY' }],
    ['archives', ArchivesDocument, {}],
    ['funders', FundersDocument, {}],
    ['a harvest page', HarvestUtterancesDocument, { first: 30 }],
  ] as const)('%s', async (_name, document, variables) => {
    const [a, b] = await both(document as never, variables as never);
    expect(b).toEqual(a);
  });

  it('pages the same way through every utterance', async () => {
    let after: string | null | undefined;
    let pages = 0;
    do {
      const [a, b] = await both(HarvestUtterancesDocument, { first: 9, after });
      expect(b).toEqual(a);
      after = a.data?.utterances?.pageInfo.hasNextPage
        ? a.data.utterances.pageInfo.endCursor
        : null;
      pages++;
    } while (after);
    expect(pages).toBeGreaterThan(3);
  });
});

describe('npm start on PostgreSQL', () => {
  it('serves the founding document exactly as the embedded default does', async () => {
    const target = freshDatabaseUrl();
    const [onSqlite, onPostgres] = await Promise.all([
      startGateway({ DATABASE_URL: freshSqliteUrl() }),
      startGateway({ DATABASE_URL: target.url }),
    ]);
    const ask = async (url: string) =>
      (
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: (await import('graphql')).print(FoundingDocumentDocument),
            variables: { slug: foundingSlug },
          }),
        })
      ).json();
    const [a, b] = await Promise.all([ask(onSqlite.url), ask(onPostgres.url)]);
    expect(
      (a as { data: { document: { utterances: { totalCount: number } } } }).data.document.utterances
        .totalCount,
    ).toBe(27);
    expect(b).toEqual(a);
    expect(onPostgres.output()).toContain('Archive Gateway (postgresql)');
    await Promise.all([onSqlite.stop(), onPostgres.stop()]);
    await target.remove();
  });
});
