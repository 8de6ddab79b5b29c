import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { normalizeName } from '../../domain/names.js';
import { builder } from '../builder.js';
import { idOf } from '../ids.js';
import { pageSizes } from '../pagination.js';
import { Document } from './document.js';

const NameVariantType = builder.enumType('NameVariantType', {
  values: {
    FULL_NAME: { description: 'The full name as a participants list or title prints it.' },
    SURNAME: { description: 'A short form a label uses alone ("Liu", "Chou").' },
    ROMANIZATION: {
      description: 'The name in another romanization ("Pak Song-chol" for "Pak Seong-cheol").',
    },
    LABEL: {
      description:
        'A speaker label as printed, title and brackets included ("Chairman Liu [Shaoqi]").',
    },
  } as const,
});

builder.prismaObject('NameVariant', {
  select: { id: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    type: t.expose('type', { type: NameVariantType }),
  }),
});

const documentsTakenPartIn = prismaConnectionHelpers(builder, 'Participant', {
  cursor: 'id',
  ...pageSizes.documents,
  query: { orderBy: { documentId: 'asc' } },
  select: (nodeSelection) => ({ document: nodeSelection({}) }),
  resolveNode: (participant) => participant.document,
});

export const Person = builder.prismaNode('Person', {
  id: { field: 'id' },
  select: { id: true },
  // An ID that names nothing loads as null, not as an error.
  nullable: true,
  description: 'A historical person, under every name the corpus prints for them.',
  fields: (t) => ({
    name: t.exposeString('name'),
    nameVariants: t.relation('nameVariants', {
      args: { type: t.arg({ type: NameVariantType }) },
      query: (args) => ({
        where: args.type ? { type: args.type } : {},
        orderBy: { id: 'asc' as const },
      }),
    }),
    participations: t.relation('participants', {
      description: 'Each document this person took part in, with the title they bore there.',
      query: { orderBy: { documentId: 'asc' } },
    }),
    documents: t.connection(
      {
        type: Document,
        select: (args, ctx, nestedSelection) => ({
          participants: documentsTakenPartIn.getQuery(args, ctx, nestedSelection),
          _count: { select: { participants: true } },
        }),
        resolve: (person, args, ctx) => ({
          ...documentsTakenPartIn.resolve(person.participants, args, ctx),
          totalCount: person._count.participants,
        }),
      },
      {
        fields: (connection) => ({ totalCount: connection.int({ resolve: (c) => c.totalCount }) }),
      },
    ),
    utterances: t.relatedConnection('utterances', {
      cursor: 'id',
      totalCount: true,
      ...pageSizes.utterances,
      description: 'Everything this person says across the corpus, document by document, in order.',
      args: { document: t.arg.globalID({ description: 'Only what they say in this document.' }) },
      query: (args) => ({
        where: args.document ? { documentId: idOf(args.document, 'Document') } : {},
        orderBy: [{ documentId: 'asc' }, { position: 'asc' }],
      }),
    }),
  }),
});

builder.queryFields((t) => ({
  person: t.prismaField({
    type: 'Person',
    nullable: true,
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.person.findUnique({ ...query, where: { id: idOf(args.id, 'Person') } }),
  }),
  persons: t.prismaConnection({
    type: 'Person',
    nullable: true,
    cursor: 'id',
    ...pageSizes.persons,
    description:
      'Persons whose name, in any printed form, contains `name` (ignoring case, accents and punctuation).',
    args: { name: t.arg.string() },
    resolve: (query, _root, args, ctx) =>
      ctx.db.person.findMany({
        ...query,
        where: personWhere(args.name),
        orderBy: [{ key: 'asc' }, { id: 'asc' }],
      }),
    totalCount: (_connection, args, ctx) => ctx.db.person.count({ where: personWhere(args.name) }),
  }),
}));

function personWhere(name: string | null | undefined) {
  const key = name ? normalizeName(name) : '';
  return key ? { nameVariants: { some: { normalized: { contains: key } } } } : {};
}
