// How a documents query selects and orders: the filter input and the order enum.
import type { DocumentFilter } from '../../db/documents.js';
import { builder } from '../builder.js';
import { BadInputError } from '../errors.js';
import { idOf } from '../ids.js';
import { ContributionRole } from './contributor.js';
import { DocumentType } from './document.js';

export const DocumentOrder = builder.enumType('DocumentOrder', {
  description:
    'Undated documents sort after every date (last in DATE_ASC, first in DATE_DESC); ties go by ID, so pages never overlap.',
  values: ['DATE_ASC', 'DATE_DESC', 'UPDATED_ASC'] as const,
});

export const DocumentFilterInput = builder.inputType('DocumentFilter', {
  fields: (t) => ({
    dateFrom: t.field({
      type: 'Date',
      description: 'Documents dated on or after this day (their interval reaches it).',
    }),
    dateTo: t.field({ type: 'Date', description: 'Documents dated on or before this day.' }),
    person: t.globalID({ description: 'Documents this person took part in.' }),
    archive: t.globalID({ description: 'Documents held by this archive.' }),
    contributor: t.globalID({
      description: 'Documents this contributor worked on (in `role`, if given).',
    }),
    role: t.field({ type: ContributionRole }),
    type: t.field({ type: [DocumentType] }),
  }),
});

export function filterOf(
  input: typeof DocumentFilterInput.$inferInput | null | undefined,
): DocumentFilter {
  if (!input) return {};
  if (input.dateFrom && input.dateTo && input.dateFrom > input.dateTo) {
    throw new BadInputError('filter.dateFrom is after filter.dateTo', 'filter');
  }
  return {
    dateFrom: input.dateFrom,
    dateTo: input.dateTo,
    personId: input.person ? idOf(input.person, 'Person') : null,
    archiveId: input.archive ? idOf(input.archive, 'Archive') : null,
    contributorId: input.contributor ? idOf(input.contributor, 'Contributor') : null,
    role: input.role,
    types: input.type,
  };
}
