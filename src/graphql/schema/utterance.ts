import { builder } from '../builder.js';
import { idOf } from '../ids.js';
import { pageSizes } from '../pagination.js';
import { spansOf, type TextSpanShape } from '../values.js';

export const UtteranceKind = builder.enumType('UtteranceKind', {
  values: {
    SPEECH: { description: 'A turn: what a speaker said.' },
    STAGE_DIRECTION: {
      description: 'Narration between turns: "(The conversation concluded ...)".',
    },
    NOTE: { description: "An editor's note in square brackets, standing apart from the turns." },
    PARAGRAPH: { description: 'Running text that is no turn: the body of a telegram or letter.' },
  } as const,
});

const TextSpan = builder.objectRef<TextSpanShape>('TextSpan').implement({
  description:
    'A stretch of an utterance text, by offsets in Unicode code points (start inclusive, end exclusive), with the text it covers.',
  fields: (t) => ({
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    text: t.exposeString('text', {
      description: 'The covered text as printed, brackets included.',
    }),
  }),
});

builder.prismaNode('Utterance', {
  id: { field: 'id' },
  select: { id: true },
  // An ID that names nothing loads as null, not as an error.
  nullable: true,
  description: 'One turn, stage direction or note of a document, in order.',
  fields: (t) => ({
    position: t.exposeInt('position', {
      description: 'Order within the document, from 1, counting every kind.',
    }),
    kind: t.expose('kind', { type: UtteranceKind }),
    label: t.exposeString('label', {
      nullable: true,
      description: 'The speaker label exactly as printed: "Chairman Liu [Shaoqi]".',
    }),
    speaker: t.relation('speaker', {
      nullable: true,
      description: 'The person the label names; null when the label names no participant.',
    }),
    text: t.exposeString('text', {
      description: 'The text as printed, editorial brackets included.',
    }),
    insertions: t.field({
      type: [TextSpan],
      description: 'Editorial insertions in square brackets: "[Communist]".',
      select: { text: true, spans: true },
      resolve: (u) => spansOf(u, 'INSERTION'),
    }),
    narration: t.field({
      type: [TextSpan],
      description: 'Narration inside a turn, in parentheses: "(Chinese laugh.)".',
      select: { text: true, spans: true },
      resolve: (u) => spansOf(u, 'NARRATION'),
    }),
    document: t.relation('document'),
  }),
});

builder.queryFields((t) => ({
  utterances: t.prismaConnection({
    type: 'Utterance',
    nullable: true,
    cursor: 'id',
    ...pageSizes.utterances,
    description:
      'Every utterance of the corpus in a stable order, for harvesting; filter by speaker or document.',
    args: { speaker: t.arg.globalID(), document: t.arg.globalID() },
    resolve: (query, _root, args, ctx) =>
      ctx.db.utterance.findMany({ ...query, where: utteranceWhere(args), orderBy: { id: 'asc' } }),
    totalCount: (_connection, args, ctx) => ctx.db.utterance.count({ where: utteranceWhere(args) }),
  }),
}));

function utteranceWhere(args: {
  speaker?: { typename: string; id: string } | null;
  document?: { typename: string; id: string } | null;
}) {
  return {
    ...(args.speaker && { speakerId: idOf(args.speaker, 'Person') }),
    ...(args.document && { documentId: idOf(args.document, 'Document') }),
  };
}
