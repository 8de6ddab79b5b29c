// A document's date as an interval with a precision, beside the date as printed.
import { builder } from '../builder.js';
import type { DocumentDateShape } from '../values.js';

const DatePrecision = builder.enumType('DatePrecision', {
  description:
    'How exactly the printed date fixes the day: DAY, MONTH, YEAR, or CIRCA (about that year).',
  values: ['DAY', 'MONTH', 'YEAR', 'CIRCA'] as const,
});

export const DocumentDate = builder.objectRef<DocumentDateShape>('DocumentDate').implement({
  description:
    'A date as an interval: the record was made some day between start and end (inclusive).',
  fields: (t) => ({
    start: t.expose('start', { type: 'Date', nullable: true }),
    end: t.expose('end', { type: 'Date', nullable: true }),
    precision: t.expose('precision', { type: DatePrecision, nullable: true }),
    asPrinted: t.exposeString('asPrinted', {
      nullable: true,
      description: 'The date exactly as the source prints it.',
    }),
  }),
});
