// Floor 1: each operation is one hand-written SQL statement that builds the whole response JSON
// inside PostgreSQL; Node passes the text through untouched.
import { serve } from './http.js';

const variants = (person: string) =>
  `(SELECT coalesce(json_agg(json_build_object('type', v.type, 'name', v.name) ORDER BY v.id), '[]') FROM "NameVariant" v WHERE v."personId" = ${person}.id)`;

const participants = `(SELECT coalesce(json_agg(json_build_object('title', p.title, 'person', json_build_object('name', pe.name)) ORDER BY p.position), '[]')
  FROM "Participant" p JOIN "Person" pe ON pe.id = p."personId" WHERE p."documentId" = d.id)`;

const list = (order: 'ASC' | 'DESC') => `json_build_object(
  'totalCount', (SELECT count(*) FROM "Document"),
  'edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object('slug', d.slug, 'title', d.title,
      'date', CASE WHEN d."dateStart" IS NULL AND d."dateAsPrinted" IS NULL THEN NULL ELSE json_build_object('start', to_char(d."dateStart", 'YYYY-MM-DD')) END,
      'participants', ${participants}))
    ORDER BY d."dateStart" ${order} ${order === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST'}, d.id ${order}), '[]')
    FROM (SELECT * FROM "Document" ORDER BY "dateStart" ${order} ${order === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST'}, id ${order} LIMIT 20) d))`;

const sql = {
  'document-view': `SELECT json_build_object('data', json_build_object('document', (SELECT json_build_object(
    'title', d.title, 'summary', d.summary,
    'date', CASE WHEN d."dateStart" IS NULL AND d."dateAsPrinted" IS NULL THEN NULL ELSE json_build_object('start', to_char(d."dateStart", 'YYYY-MM-DD'),
      'end', to_char(d."dateEnd", 'YYYY-MM-DD'), 'precision', d."datePrecision") END,
    'archivalReferences', (SELECT coalesce(json_agg(json_build_object('fileNumber', r."fileNumber", 'pages', r.pages,
        'archive', CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('name', a.name, 'abbreviation', a.abbreviation) END)
        ORDER BY r.position), '[]') FROM "ArchivalReference" r LEFT JOIN "Archive" a ON a.id = r."archiveId" WHERE r."documentId" = d.id),
    'contributions', (SELECT coalesce(json_agg(json_build_object('role', c.role, 'contributor', json_build_object('name', k.name))
        ORDER BY c.position), '[]') FROM "Contribution" c JOIN "Contributor" k ON k.id = c."contributorId" WHERE c."documentId" = d.id),
    'funders', (SELECT coalesce(json_agg(json_build_object('name', f.name) ORDER BY df.position), '[]')
        FROM "DocumentFunder" df JOIN "Funder" f ON f.id = df."funderId" WHERE df."documentId" = d.id),
    'participants', (SELECT coalesce(json_agg(json_build_object('title', p.title, 'person', json_build_object('name', pe.name,
        'nameVariants', ${variants('pe')})) ORDER BY p.position), '[]') FROM "Participant" p JOIN "Person" pe ON pe.id = p."personId"
        WHERE p."documentId" = d.id),
    'utterances', json_build_object('edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
        'position', u.position, 'kind', u.kind, 'label', u.label, 'text', u.text,
        'speaker', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('name', s.name, 'nameVariants', ${variants('s')}) END))
        ORDER BY u.position), '[]')
      FROM (SELECT * FROM "Utterance" WHERE "documentId" = d.id ORDER BY position LIMIT 50) u LEFT JOIN "Person" s ON s.id = u."speakerId"))
  ) FROM "Document" d WHERE d.id = $1)))::text AS body`,
  'list-page': `SELECT json_build_object('data', json_build_object('documents', ${list('ASC')}))::text AS body`,
  'aliased-list': `SELECT json_build_object('data', json_build_object('early', ${list('ASC')}, 'late', ${list('DESC')}))::text AS body`,
  'wide-page': `SELECT json_build_object('data', json_build_object('documents', json_build_object('edges',
    (SELECT coalesce(json_agg(json_build_object('node', json_build_object('slug', d.slug, 'title', d.title,
      'utterances', json_build_object('edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
          'position', u.position, 'label', u.label, 'text', u.text,
          'speaker', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('name', s.name) END)) ORDER BY u.position), '[]')
        FROM (SELECT * FROM "Utterance" WHERE "documentId" = d.id ORDER BY position LIMIT 20) u LEFT JOIN "Person" s ON s.id = u."speakerId"))))
      ORDER BY d."dateStart" NULLS LAST, d.id), '[]')
    FROM (SELECT * FROM "Document" ORDER BY "dateStart" ASC NULLS LAST, id LIMIT 100) d))))::text AS body`,
  'harvest-paging': `SELECT json_build_object('data', json_build_object('utterances', json_build_object(
    'pageInfo', json_build_object('hasNextPage', EXISTS (SELECT 1 FROM "Utterance" WHERE id > $1 ORDER BY id OFFSET 200 LIMIT 1)),
    'edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object('position', u.position, 'kind', u.kind,
        'label', u.label, 'text', u.text, 'speaker', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('name', s.name) END,
        'document', json_build_object('slug', d.slug))) ORDER BY u.id), '[]')
      FROM (SELECT * FROM "Utterance" WHERE id > $1 ORDER BY id LIMIT 200) u
      LEFT JOIN "Person" s ON s.id = u."speakerId" JOIN "Document" d ON d.id = u."documentId"))))::text AS body`,
  'person-utterances': `SELECT json_build_object('data', json_build_object('person', (SELECT json_build_object('name', p.name,
    'utterances', json_build_object('totalCount', (SELECT count(*) FROM "Utterance" WHERE "speakerId" = p.id),
      'edges', (SELECT coalesce(json_agg(json_build_object('node', json_build_object('position', u.position, 'text', u.text,
          'document', json_build_object('slug', d.slug))) ORDER BY u."documentId", u.position), '[]')
        FROM (SELECT * FROM "Utterance" WHERE "speakerId" = p.id ORDER BY "documentId", position LIMIT 50) u
        JOIN "Document" d ON d.id = u."documentId")))
    FROM "Person" p WHERE p.id = $1)))::text AS body`,
};

const parameter: Record<string, string | undefined> = {
  'document-view': 'id',
  'harvest-paging': 'after',
  'person-utterances': 'id',
};

serve(
  'floor-sql',
  Object.fromEntries(
    Object.entries(sql).map(([name, text]) => [
      name,
      async (pool, params) => {
        const key = parameter[name];
        const result = await pool.query({
          text,
          values: key ? [Number(params.get(key) ?? 0)] : [],
        });
        return result.rows[0].body as string;
      },
    ]),
  ),
);
