// The six operations, each as our gateway asks it, as PostGraphile asks it, and as a floor route.
// Every answer is mapped to the gateway's shape before comparing, so "same data" means the same
// JSON after renaming fields.

export type OperationName =
  | 'document-view'
  | 'list-page'
  | 'wide-page'
  | 'harvest-paging'
  | 'person-utterances'
  | 'aliased-list';

export interface Targets {
  documentId: number;
  personId: number;
  /** Harvest pages start after these utterance ids (0: the first page). */
  harvestAfter: number[];
  /** PostGraphile's cursor names its ordering; this is that name for PRIMARY_KEY_ASC. */
  postgraphileOrderDigest: string;
}

export interface Request {
  method: 'POST' | 'GET';
  path: string;
  body?: string;
}

type Json = Record<string, unknown> | null;

export interface Operation {
  name: OperationName;
  gateway(t: Targets, i: number): Request;
  postgraphile(t: Targets, i: number): Request;
  floor(t: Targets, i: number): Request;
  /** PostGraphile's answer in the gateway's shape. */
  fromPostgraphile(data: Json): Json;
}

const graphql = (query: string, variables: Record<string, unknown> = {}): Request => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
const gatewayCursor = (id: number) => (id ? Buffer.from(`GPC:N:${id}`).toString('base64') : null);
const postgraphileCursor = (t: Targets, id: number) =>
  id ? Buffer.from(JSON.stringify([t.postgraphileOrderDigest, id])).toString('base64') : null;
const day = (timestamp: unknown) => (typeof timestamp === 'string' ? timestamp.slice(0, 10) : null);

// biome-ignore lint/suspicious/noExplicitAny: PostGraphile's answers are read by shape.
type Any = any;
const nodes = (connection: Any) => (connection?.nodes ?? []) as Any[];
const variants = (person: Any) =>
  nodes(person?.nameVariantsByPersonId).map((v) => ({ type: v.type, name: v.name }));

const listFields =
  'totalCount edges { node { slug title date { start } participants { title person { name } } } }';
const pglListFields =
  'totalCount nodes { slug title dateStart dateAsPrinted participantsByDocumentId(orderBy: POSITION_ASC) { nodes { title personByPersonId { name } } } }';
const fromPglList = (connection: Any) => ({
  totalCount: connection.totalCount,
  edges: nodes(connection).map((d) => ({
    node: {
      slug: d.slug,
      title: d.title,
      date: d.dateStart || d.dateAsPrinted ? { start: day(d.dateStart) } : null,
      participants: nodes(d.participantsByDocumentId).map((p) => ({
        title: p.title,
        person: { name: p.personByPersonId.name },
      })),
    },
  })),
});

export const operations: Operation[] = [
  {
    name: 'document-view',
    gateway: (t) =>
      graphql(
        `query DocumentView($id: ID!) { document(id: $id) { title summary date { start end precision }
          archivalReferences { fileNumber pages archive { name abbreviation } }
          contributions { role contributor { name } } funders { name }
          participants { title person { name nameVariants { type name } } }
          utterances(first: 50) { edges { node { position kind label text speaker { name nameVariants { type name } } } } } } }`,
        { id: globalId('Document', t.documentId) },
      ),
    postgraphile: (t) =>
      graphql(
        `query DocumentView($id: Int!) { documentByRowId(rowId: $id) { title summary dateStart dateEnd datePrecision dateAsPrinted
          archivalReferencesByDocumentId(orderBy: POSITION_ASC) { nodes { fileNumber pages archiveByArchiveId { name abbreviation } } }
          contributionsByDocumentId(orderBy: POSITION_ASC) { nodes { role contributorByContributorId { name } } }
          documentFundersByDocumentId(orderBy: POSITION_ASC) { nodes { funderByFunderId { name } } }
          participantsByDocumentId(orderBy: POSITION_ASC) { nodes { title personByPersonId { name nameVariantsByPersonId(orderBy: PRIMARY_KEY_ASC) { nodes { type name } } } } }
          utterancesByDocumentId(first: 50, orderBy: POSITION_ASC) { nodes { position kind label text
            personBySpeakerId { name nameVariantsByPersonId(orderBy: PRIMARY_KEY_ASC) { nodes { type name } } } } } } }`,
        { id: t.documentId },
      ),
    floor: (t) => ({ method: 'GET', path: `/document-view?id=${t.documentId}` }),
    fromPostgraphile: (data: Any) => {
      const d = data.documentByRowId;
      return {
        document: {
          title: d.title,
          summary: d.summary,
          date:
            d.dateStart || d.dateAsPrinted
              ? { start: day(d.dateStart), end: day(d.dateEnd), precision: d.datePrecision }
              : null,
          archivalReferences: nodes(d.archivalReferencesByDocumentId).map((r) => ({
            fileNumber: r.fileNumber,
            pages: r.pages,
            archive: r.archiveByArchiveId
              ? { name: r.archiveByArchiveId.name, abbreviation: r.archiveByArchiveId.abbreviation }
              : null,
          })),
          contributions: nodes(d.contributionsByDocumentId).map((c) => ({
            role: c.role,
            contributor: { name: c.contributorByContributorId.name },
          })),
          funders: nodes(d.documentFundersByDocumentId).map((f) => ({
            name: f.funderByFunderId.name,
          })),
          participants: nodes(d.participantsByDocumentId).map((p) => ({
            title: p.title,
            person: { name: p.personByPersonId.name, nameVariants: variants(p.personByPersonId) },
          })),
          utterances: {
            edges: nodes(d.utterancesByDocumentId).map((u) => ({
              node: {
                position: u.position,
                kind: u.kind,
                label: u.label,
                text: u.text,
                speaker: u.personBySpeakerId
                  ? { name: u.personBySpeakerId.name, nameVariants: variants(u.personBySpeakerId) }
                  : null,
              },
            })),
          },
        },
      };
    },
  },
  {
    name: 'list-page',
    gateway: () =>
      graphql(`query ListPage { documents(first: 20, orderBy: DATE_ASC) { ${listFields} } }`),
    postgraphile: () =>
      graphql(
        `query ListPage { allDocuments(first: 20, orderBy: [DATE_START_ASC, PRIMARY_KEY_ASC]) { ${pglListFields} } }`,
      ),
    floor: () => ({ method: 'GET', path: '/list-page' }),
    fromPostgraphile: (data: Any) => ({ documents: fromPglList(data.allDocuments) }),
  },
  {
    name: 'wide-page',
    gateway: () =>
      graphql(
        'query WidePage { documents(first: 100, orderBy: DATE_ASC) { edges { node { slug title utterances(first: 20) { edges { node { position label text speaker { name } } } } } } } }',
      ),
    postgraphile: () =>
      graphql(
        'query WidePage { allDocuments(first: 100, orderBy: [DATE_START_ASC, PRIMARY_KEY_ASC]) { nodes { slug title utterancesByDocumentId(first: 20, orderBy: POSITION_ASC) { nodes { position label text personBySpeakerId { name } } } } } }',
      ),
    floor: () => ({ method: 'GET', path: '/wide-page' }),
    fromPostgraphile: (data: Any) => ({
      documents: {
        edges: nodes(data.allDocuments).map((d) => ({
          node: {
            slug: d.slug,
            title: d.title,
            utterances: {
              edges: nodes(d.utterancesByDocumentId).map((u) => ({
                node: {
                  position: u.position,
                  label: u.label,
                  text: u.text,
                  speaker: u.personBySpeakerId ? { name: u.personBySpeakerId.name } : null,
                },
              })),
            },
          },
        })),
      },
    }),
  },
  {
    name: 'harvest-paging',
    gateway: (t, i) =>
      graphql(
        'query Harvest($after: String) { utterances(first: 200, after: $after) { pageInfo { hasNextPage } edges { node { position kind label text speaker { name } document { slug } } } } }',
        { after: gatewayCursor(t.harvestAfter[i % t.harvestAfter.length] ?? 0) },
      ),
    postgraphile: (t, i) =>
      graphql(
        'query Harvest($after: Cursor) { allUtterances(first: 200, after: $after, orderBy: PRIMARY_KEY_ASC) { pageInfo { hasNextPage } nodes { position kind label text personBySpeakerId { name } documentByDocumentId { slug } } } }',
        { after: postgraphileCursor(t, t.harvestAfter[i % t.harvestAfter.length] ?? 0) },
      ),
    floor: (t, i) => ({
      method: 'GET',
      path: `/harvest-paging?after=${t.harvestAfter[i % t.harvestAfter.length] ?? 0}`,
    }),
    fromPostgraphile: (data: Any) => ({
      utterances: {
        pageInfo: { hasNextPage: data.allUtterances.pageInfo.hasNextPage },
        edges: nodes(data.allUtterances).map((u) => ({
          node: {
            position: u.position,
            kind: u.kind,
            label: u.label,
            text: u.text,
            speaker: u.personBySpeakerId ? { name: u.personBySpeakerId.name } : null,
            document: { slug: u.documentByDocumentId.slug },
          },
        })),
      },
    }),
  },
  {
    name: 'person-utterances',
    gateway: (t) =>
      graphql(
        'query PersonUtterances($id: ID!) { person(id: $id) { name utterances(first: 50) { totalCount edges { node { position text document { slug } } } } } }',
        { id: globalId('Person', t.personId) },
      ),
    postgraphile: (t) =>
      graphql(
        'query PersonUtterances($id: Int!) { personByRowId(rowId: $id) { name utterancesBySpeakerId(first: 50, orderBy: [DOCUMENT_ID_ASC, POSITION_ASC]) { totalCount nodes { position text documentByDocumentId { slug } } } } }',
        { id: t.personId },
      ),
    floor: (t) => ({ method: 'GET', path: `/person-utterances?id=${t.personId}` }),
    fromPostgraphile: (data: Any) => {
      const p = data.personByRowId;
      return {
        person: {
          name: p.name,
          utterances: {
            totalCount: p.utterancesBySpeakerId.totalCount,
            edges: nodes(p.utterancesBySpeakerId).map((u) => ({
              node: {
                position: u.position,
                text: u.text,
                document: { slug: u.documentByDocumentId.slug },
              },
            })),
          },
        },
      };
    },
  },
  {
    name: 'aliased-list',
    gateway: () =>
      graphql(
        `query AliasedList { early: documents(first: 20, orderBy: DATE_ASC) { ${listFields} } late: documents(first: 20, orderBy: DATE_DESC) { ${listFields} } }`,
      ),
    postgraphile: () =>
      graphql(
        `query AliasedList { early: allDocuments(first: 20, orderBy: [DATE_START_ASC, PRIMARY_KEY_ASC]) { ${pglListFields} } late: allDocuments(first: 20, orderBy: [DATE_START_DESC, PRIMARY_KEY_DESC]) { ${pglListFields} } }`,
      ),
    floor: () => ({ method: 'GET', path: '/aliased-list' }),
    fromPostgraphile: (data: Any) => ({
      early: fromPglList(data.early),
      late: fromPglList(data.late),
    }),
  },
];
