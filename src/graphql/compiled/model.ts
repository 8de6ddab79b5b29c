// How the GraphQL types map onto tables, for the compiled read path. A field missing here is not
// compiled: an operation that asks for it runs through the Pothos resolvers instead, which stay
// the reference for every answer (a test holds the two paths equal).
import { archiveCitation, type ContributionRole } from '../../domain/citation.js';
import { type PageLimits, pageLimits } from '../pagination.js';
import { documentDate, spansOf } from '../values.js';

export type Row = Record<string, unknown>;

export interface OrderBy {
  column: string;
  direction: 'ASC' | 'DESC';
}

/** A condition on rows, as the SQL builder writes it. */
export type Condition =
  | { kind: 'compare'; column: string; op: '=' | '<' | '>' | '<=' | '>='; value: unknown }
  | { kind: 'in'; column: string; values: unknown[] }
  /** Some row of `table` points at this row (by `foreignKey`) and meets `conditions`. */
  | { kind: 'exists'; table: string; foreignKey: string; conditions: Condition[] }
  /** Rows after the row with this id in the given order (keyset paging from a cursor). */
  | { kind: 'after'; id: number; orderBy: OrderBy[] };

/** A condition on the rows of a list or connection, from one argument's value. */
export type ArgumentFilter = (value: unknown) => Condition | undefined;

export type FieldSpec =
  /** A stored column, serialized by the field's GraphQL type. */
  | { kind: 'column'; column: string }
  /** A value computed from columns by the same function the resolver uses. */
  | { kind: 'computed'; columns: string[]; compute: (row: Row) => unknown }
  /** A value computed from a selection on the same type (columns and relations), once written out. */
  | { kind: 'derived'; from: string; compute: (value: Row) => unknown }
  | { kind: 'globalId'; typename: string }
  /** A to-one relation: the target row whose `foreignKey` equals this row's `localKey`. */
  | { kind: 'one'; type: string; localKey: string; foreignKey: string }
  /** A list of target rows pointing at this row, optionally through a join table. */
  | {
      kind: 'many';
      type: string;
      foreignKey: string;
      orderBy: OrderBy[];
      filters?: Record<string, ArgumentFilter>;
      through?: { table: string; foreignKey: string; targetKey: string; orderBy: OrderBy[] };
    }
  | {
      kind: 'connection';
      type: string;
      foreignKey: string;
      orderBy: OrderBy[];
      page: PageLimits;
      filters?: Record<string, ArgumentFilter>;
    };

export interface TypeSpec {
  table: string;
  fields: Record<string, FieldSpec>;
}

const column = (name: string): FieldSpec => ({ kind: 'column', column: name });
const columns = (...names: string[]) => Object.fromEntries(names.map((n) => [n, column(n)]));
const asc = (...names: string[]): OrderBy[] => names.map((c) => ({ column: c, direction: 'ASC' }));
const equals =
  (col: string): ArgumentFilter =>
  (value) =>
    value == null ? undefined : { kind: 'compare', column: col, op: '=', value };
const oneOf =
  (col: string): ArgumentFilter =>
  (value) =>
    Array.isArray(value) && value.length ? { kind: 'in', column: col, values: value } : undefined;

interface CitationSource {
  title: string;
  date: { asPrinted: string | null } | null;
  publisher: string | null;
  series: string | null;
  documentNumber: string | null;
  sourceUrl: string | null;
  archivalReferences: { asPrinted: string }[];
  contributions: { role: ContributionRole; contributor: { name: string } }[];
}

export const types: Record<string, TypeSpec> = {
  Document: {
    table: 'Document',
    fields: {
      id: { kind: 'globalId', typename: 'Document' },
      ...columns(
        'slug',
        'title',
        'type',
        'place',
        'summary',
        'language',
        'sourceUrl',
        'publisher',
        'series',
        'documentNumber',
        'contentHash',
        'createdAt',
        'updatedAt',
      ),
      date: {
        kind: 'computed',
        columns: ['dateStart', 'dateEnd', 'datePrecision', 'dateAsPrinted'],
        compute: (row) => documentDate(row as Parameters<typeof documentDate>[0]),
      },
      citation: {
        kind: 'derived',
        from: '{ title date { asPrinted } publisher series documentNumber sourceUrl archivalReferences { asPrinted } contributions { role contributor { name } } }',
        compute: (value) => {
          const source = value as unknown as CitationSource;
          return archiveCitation({
            ...source,
            dateAsPrinted: source.date?.asPrinted ?? null,
            references: source.archivalReferences,
            contributions: source.contributions.map((c) => ({
              role: c.role,
              name: c.contributor.name,
            })),
          });
        },
      },
      archivalReferences: {
        kind: 'many',
        type: 'ArchivalReference',
        foreignKey: 'documentId',
        orderBy: asc('position'),
      },
      contributions: {
        kind: 'many',
        type: 'Contribution',
        foreignKey: 'documentId',
        orderBy: asc('position'),
        filters: { role: equals('role') },
      },
      funders: {
        kind: 'many',
        type: 'Funder',
        foreignKey: 'documentId',
        orderBy: [],
        through: {
          table: 'DocumentFunder',
          foreignKey: 'documentId',
          targetKey: 'funderId',
          orderBy: asc('position'),
        },
      },
      participants: {
        kind: 'many',
        type: 'Participant',
        foreignKey: 'documentId',
        orderBy: asc('position'),
      },
      utterances: {
        kind: 'connection',
        type: 'Utterance',
        foreignKey: 'documentId',
        orderBy: asc('position'),
        page: pageLimits.utterances,
        filters: { speaker: equals('speakerId'), kind: oneOf('kind') },
      },
    },
  },
  ArchivalReference: {
    table: 'ArchivalReference',
    fields: {
      ...columns('fileNumber', 'pages', 'asPrinted'),
      archive: { kind: 'one', type: 'Archive', localKey: 'archiveId', foreignKey: 'id' },
      document: { kind: 'one', type: 'Document', localKey: 'documentId', foreignKey: 'id' },
    },
  },
  Archive: {
    table: 'Archive',
    fields: { id: { kind: 'globalId', typename: 'Archive' }, ...columns('name', 'abbreviation') },
  },
  Contribution: {
    table: 'Contribution',
    fields: {
      ...columns('role', 'position'),
      contributor: {
        kind: 'one',
        type: 'Contributor',
        localKey: 'contributorId',
        foreignKey: 'id',
      },
      document: { kind: 'one', type: 'Document', localKey: 'documentId', foreignKey: 'id' },
    },
  },
  Contributor: {
    table: 'Contributor',
    fields: { id: { kind: 'globalId', typename: 'Contributor' }, ...columns('name') },
  },
  Funder: {
    table: 'Funder',
    fields: { id: { kind: 'globalId', typename: 'Funder' }, ...columns('name') },
  },
  Participant: {
    table: 'Participant',
    fields: {
      ...columns('position', 'title', 'description', 'asPrinted'),
      person: { kind: 'one', type: 'Person', localKey: 'personId', foreignKey: 'id' },
      document: { kind: 'one', type: 'Document', localKey: 'documentId', foreignKey: 'id' },
    },
  },
  Person: {
    table: 'Person',
    fields: {
      id: { kind: 'globalId', typename: 'Person' },
      ...columns('name'),
      nameVariants: {
        kind: 'many',
        type: 'NameVariant',
        foreignKey: 'personId',
        orderBy: asc('id'),
        filters: { type: equals('type') },
      },
      participations: {
        kind: 'many',
        type: 'Participant',
        foreignKey: 'personId',
        orderBy: asc('documentId'),
      },
      utterances: {
        kind: 'connection',
        type: 'Utterance',
        foreignKey: 'speakerId',
        orderBy: asc('documentId', 'position'),
        page: pageLimits.utterances,
        filters: { document: equals('documentId') },
      },
    },
  },
  NameVariant: { table: 'NameVariant', fields: columns('name', 'type') },
  Utterance: {
    table: 'Utterance',
    fields: {
      id: { kind: 'globalId', typename: 'Utterance' },
      ...columns('position', 'kind', 'label', 'text'),
      insertions: {
        kind: 'computed',
        columns: ['text', 'spans'],
        compute: (row) => spansOf(row as never, 'INSERTION'),
      },
      narration: {
        kind: 'computed',
        columns: ['text', 'spans'],
        compute: (row) => spansOf(row as never, 'NARRATION'),
      },
      speaker: { kind: 'one', type: 'Person', localKey: 'speakerId', foreignKey: 'id' },
      document: { kind: 'one', type: 'Document', localKey: 'documentId', foreignKey: 'id' },
    },
  },
};
