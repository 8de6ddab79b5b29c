// Which documents a filter selects and in what order: shared by the API's documents query and,
// later, the harvesters, so both see the same set.
import type { Prisma } from './generated/sqlite/client.js';

export interface DocumentFilter {
  /** Keeps documents whose date interval reaches this day or later. */
  dateFrom?: Date | null;
  /** Keeps documents whose date interval begins on this day or earlier. */
  dateTo?: Date | null;
  personId?: number | null;
  archiveId?: number | null;
  contributorId?: number | null;
  role?: 'OBTAINED_BY' | 'TRANSLATED_BY' | 'EDITED_BY' | 'TRANSCRIBED_BY' | null;
  types?:
    | readonly (
        | 'RECORD_OF_CONVERSATION'
        | 'MEMORANDUM_OF_CONVERSATION'
        | 'TELEGRAM'
        | 'LETTER'
        | 'MINUTES'
        | 'REPORT'
        | 'OTHER'
      )[]
    | null;
}

export type DocumentOrder = 'DATE_ASC' | 'DATE_DESC' | 'UPDATED_ASC';

/** A dated interval overlaps [dateFrom, dateTo]; undated documents match no date range. */
export function documentWhere(filter: DocumentFilter = {}): Prisma.DocumentWhereInput {
  const and: Prisma.DocumentWhereInput[] = [];
  if (filter.dateFrom) and.push({ dateEnd: { gte: filter.dateFrom } });
  if (filter.dateTo) and.push({ dateStart: { lte: filter.dateTo } });
  if (filter.personId != null) and.push({ participants: { some: { personId: filter.personId } } });
  if (filter.archiveId != null)
    and.push({ archivalReferences: { some: { archiveId: filter.archiveId } } });
  if (filter.contributorId != null || filter.role) {
    and.push({
      contributions: {
        some: {
          ...(filter.contributorId != null && { contributorId: filter.contributorId }),
          ...(filter.role && { role: filter.role }),
        },
      },
    });
  }
  if (filter.types?.length) and.push({ type: { in: [...filter.types] } });
  return and.length ? { AND: and } : {};
}

// Undated documents sort after every date, so DATE_DESC is exactly DATE_ASC reversed: undated first.
// That is the order of an ascending index scanned backwards, so neither direction sorts the
// table; and SQLite and PostgreSQL, which disagree on where NULLs go by default, agree. The id
// breaks ties so pages never overlap.
export function documentOrderBy(
  order: DocumentOrder = 'DATE_ASC',
): Prisma.DocumentOrderByWithRelationInput[] {
  switch (order) {
    case 'DATE_ASC':
      return [{ dateStart: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }];
    case 'DATE_DESC':
      return [{ dateStart: { sort: 'desc', nulls: 'first' } }, { id: 'desc' }];
    case 'UPDATED_ASC':
      return [{ updatedAt: 'asc' }, { id: 'asc' }];
  }
}
