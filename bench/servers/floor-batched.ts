// Floor 2: one batched SQL statement per level of the response (= ANY($1) over the parents'
// keys), assembled and stringified in JavaScript: what a well-batched resolver design can reach.
import type pg from 'pg';
import { serve } from './http.js';

type Row = Record<string, unknown>;

function groupBy(rows: Row[], key: string): Map<unknown, Row[]> {
  const groups = new Map<unknown, Row[]>();
  for (const row of rows) {
    const list = groups.get(row[key]);
    if (list) list.push(row);
    else groups.set(row[key], [row]);
  }
  return groups;
}

async function query(pool: pg.Pool, text: string, values: unknown[] = []): Promise<Row[]> {
  return (await pool.query({ text, values })).rows;
}

async function variantsOf(pool: pg.Pool, personIds: unknown[]): Promise<Map<unknown, Row[]>> {
  const rows = await query(
    pool,
    'SELECT "personId", type, name FROM "NameVariant" WHERE "personId" = ANY($1) ORDER BY id',
    [personIds],
  );
  return groupBy(rows, 'personId');
}

const variantList = (variants: Map<unknown, Row[]>, id: unknown) =>
  (variants.get(id) ?? []).map((v) => ({ type: v.type, name: v.name }));

async function list(pool: pg.Pool, order: 'ASC' | 'DESC') {
  const [count] = await query(pool, 'SELECT count(*)::int AS n FROM "Document"');
  const documents = await query(
    pool,
    `SELECT id, slug, title, to_char("dateStart", 'YYYY-MM-DD') AS start, "dateAsPrinted" FROM "Document" ORDER BY "dateStart" ${order} ${order === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST'}, id ${order} LIMIT 20`,
  );
  const participants = groupBy(
    await query(
      pool,
      'SELECT p."documentId", p.title, pe.name FROM "Participant" p JOIN "Person" pe ON pe.id = p."personId" WHERE p."documentId" = ANY($1) ORDER BY p."documentId", p.position',
      [documents.map((d) => d.id)],
    ),
    'documentId',
  );
  return {
    totalCount: count?.n,
    edges: documents.map((d) => ({
      node: {
        slug: d.slug,
        title: d.title,
        date: d.start || d.dateAsPrinted ? { start: d.start } : null,
        participants: (participants.get(d.id) ?? []).map((p) => ({
          title: p.title,
          person: { name: p.name },
        })),
      },
    })),
  };
}

serve('floor-batched', {
  'document-view': async (pool, params) => {
    const id = Number(params.get('id'));
    const [d] = await query(
      pool,
      `SELECT title, summary, to_char("dateStart", 'YYYY-MM-DD') AS start, to_char("dateEnd", 'YYYY-MM-DD') AS end, "datePrecision", "dateAsPrinted" FROM "Document" WHERE id = $1`,
      [id],
    );
    if (!d) return JSON.stringify({ data: { document: null } });
    const references = await query(
      pool,
      'SELECT r."fileNumber", r.pages, a.name, a.abbreviation, a.id AS "archiveId" FROM "ArchivalReference" r LEFT JOIN "Archive" a ON a.id = r."archiveId" WHERE r."documentId" = $1 ORDER BY r.position',
      [id],
    );
    const contributions = await query(
      pool,
      'SELECT c.role, k.name FROM "Contribution" c JOIN "Contributor" k ON k.id = c."contributorId" WHERE c."documentId" = $1 ORDER BY c.position',
      [id],
    );
    const funders = await query(
      pool,
      'SELECT f.name FROM "DocumentFunder" df JOIN "Funder" f ON f.id = df."funderId" WHERE df."documentId" = $1 ORDER BY df.position',
      [id],
    );
    const participants = await query(
      pool,
      'SELECT p.title, pe.id, pe.name FROM "Participant" p JOIN "Person" pe ON pe.id = p."personId" WHERE p."documentId" = $1 ORDER BY p.position',
      [id],
    );
    const utterances = await query(
      pool,
      'SELECT u.position, u.kind, u.label, u.text, s.id AS "speakerId", s.name AS "speakerName" FROM "Utterance" u LEFT JOIN "Person" s ON s.id = u."speakerId" WHERE u."documentId" = $1 ORDER BY u.position LIMIT 50',
      [id],
    );
    const variants = await variantsOf(pool, [
      ...participants.map((p) => p.id),
      ...utterances.map((u) => u.speakerId).filter(Boolean),
    ]);
    return JSON.stringify({
      data: {
        document: {
          title: d.title,
          summary: d.summary,
          date:
            d.start || d.dateAsPrinted
              ? { start: d.start, end: d.end, precision: d.datePrecision }
              : null,
          archivalReferences: references.map((r) => ({
            fileNumber: r.fileNumber,
            pages: r.pages,
            archive: r.archiveId ? { name: r.name, abbreviation: r.abbreviation } : null,
          })),
          contributions: contributions.map((c) => ({
            role: c.role,
            contributor: { name: c.name },
          })),
          funders: funders.map((f) => ({ name: f.name })),
          participants: participants.map((p) => ({
            title: p.title,
            person: { name: p.name, nameVariants: variantList(variants, p.id) },
          })),
          utterances: {
            edges: utterances.map((u) => ({
              node: {
                position: u.position,
                kind: u.kind,
                label: u.label,
                text: u.text,
                speaker: u.speakerId
                  ? { name: u.speakerName, nameVariants: variantList(variants, u.speakerId) }
                  : null,
              },
            })),
          },
        },
      },
    });
  },
  'list-page': async (pool) => JSON.stringify({ data: { documents: await list(pool, 'ASC') } }),
  'aliased-list': async (pool) =>
    JSON.stringify({ data: { early: await list(pool, 'ASC'), late: await list(pool, 'DESC') } }),
  'wide-page': async (pool) => {
    const documents = await query(
      pool,
      'SELECT id, slug, title FROM "Document" ORDER BY "dateStart" ASC NULLS LAST, id LIMIT 100',
    );
    const utterances = groupBy(
      await query(
        pool,
        `SELECT "documentId", position, label, text, "speakerId" FROM (SELECT u.*, row_number() OVER (PARTITION BY "documentId" ORDER BY position) AS n
           FROM "Utterance" u WHERE "documentId" = ANY($1)) x WHERE n <= 20 ORDER BY "documentId", position`,
        [documents.map((d) => d.id)],
      ),
      'documentId',
    );
    const speakerIds = [
      ...new Set(
        [...utterances.values()]
          .flat()
          .map((u) => u.speakerId)
          .filter(Boolean),
      ),
    ];
    const speakers = new Map(
      (await query(pool, 'SELECT id, name FROM "Person" WHERE id = ANY($1)', [speakerIds])).map(
        (p) => [p.id, p.name],
      ),
    );
    return JSON.stringify({
      data: {
        documents: {
          edges: documents.map((d) => ({
            node: {
              slug: d.slug,
              title: d.title,
              utterances: {
                edges: (utterances.get(d.id) ?? []).map((u) => ({
                  node: {
                    position: u.position,
                    label: u.label,
                    text: u.text,
                    speaker: u.speakerId ? { name: speakers.get(u.speakerId) } : null,
                  },
                })),
              },
            },
          })),
        },
      },
    });
  },
  'harvest-paging': async (pool, params) => {
    const rows = await query(
      pool,
      'SELECT id, position, kind, label, text, "speakerId", "documentId" FROM "Utterance" WHERE id > $1 ORDER BY id LIMIT 201',
      [Number(params.get('after') ?? 0)],
    );
    const page = rows.slice(0, 200);
    const speakers = new Map(
      (
        await query(pool, 'SELECT id, name FROM "Person" WHERE id = ANY($1)', [
          [...new Set(page.map((u) => u.speakerId).filter(Boolean))],
        ])
      ).map((p) => [p.id, p.name]),
    );
    const documents = new Map(
      (
        await query(pool, 'SELECT id, slug FROM "Document" WHERE id = ANY($1)', [
          [...new Set(page.map((u) => u.documentId))],
        ])
      ).map((d) => [d.id, d.slug]),
    );
    return JSON.stringify({
      data: {
        utterances: {
          pageInfo: { hasNextPage: rows.length > 200 },
          edges: page.map((u) => ({
            node: {
              position: u.position,
              kind: u.kind,
              label: u.label,
              text: u.text,
              speaker: u.speakerId ? { name: speakers.get(u.speakerId) } : null,
              document: { slug: documents.get(u.documentId) },
            },
          })),
        },
      },
    });
  },
  'person-utterances': async (pool, params) => {
    const id = Number(params.get('id'));
    const [person] = await query(pool, 'SELECT id, name FROM "Person" WHERE id = $1', [id]);
    if (!person) return JSON.stringify({ data: { person: null } });
    const [count] = await query(
      pool,
      'SELECT count(*)::int AS n FROM "Utterance" WHERE "speakerId" = $1',
      [id],
    );
    const utterances = await query(
      pool,
      'SELECT position, text, "documentId" FROM "Utterance" WHERE "speakerId" = $1 ORDER BY "documentId", position LIMIT 50',
      [id],
    );
    const documents = new Map(
      (
        await query(pool, 'SELECT id, slug FROM "Document" WHERE id = ANY($1)', [
          [...new Set(utterances.map((u) => u.documentId))],
        ])
      ).map((d) => [d.id, d.slug]),
    );
    return JSON.stringify({
      data: {
        person: {
          name: person.name,
          utterances: {
            totalCount: count?.n,
            edges: utterances.map((u) => ({
              node: {
                position: u.position,
                text: u.text,
                document: { slug: documents.get(u.documentId) },
              },
            })),
          },
        },
      },
    });
  },
});
