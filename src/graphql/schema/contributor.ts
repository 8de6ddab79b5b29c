import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { normalizeName } from '../../domain/names.js';
import { builder } from '../builder.js';
import { pageSizes } from '../pagination.js';
import { Document } from './document.js';

export const ContributionRole = builder.enumType('ContributionRole', {
  values: {
    OBTAINED_BY: { description: 'Found the original in its archive and obtained a copy.' },
    TRANSLATED_BY: { description: 'Translated this text.' },
    EDITED_BY: { description: 'Edited this text for publication.' },
    TRANSCRIBED_BY: { description: 'Transcribed the original.' },
  } as const,
});

builder.prismaObject('Contribution', {
  select: { id: true },
  description: 'A credit: one contributor in one role on one document.',
  fields: (t) => ({
    role: t.expose('role', { type: ContributionRole }),
    position: t.exposeInt('position', {
      description: 'Order among the credits as printed, from 0.',
    }),
    contributor: t.relation('contributor'),
    document: t.relation('document'),
  }),
});

const contributedDocuments = prismaConnectionHelpers(builder, 'Contribution', {
  cursor: 'id',
  ...pageSizes.documents,
  args: (t) => ({ role: t.field({ type: ContributionRole }) }),
  query: (args) => ({
    where: args.role ? { role: args.role } : {},
    orderBy: { id: 'asc' as const },
  }),
  select: (nodeSelection) => ({ document: nodeSelection({}) }),
  resolveNode: (contribution) => contribution.document,
});

export const Contributor = builder.prismaNode('Contributor', {
  id: { field: 'id' },
  select: { id: true },
  // An ID that names nothing loads as null, not as an error.
  nullable: true,
  description: 'A scholar or archivist credited on documents: obtainer, translator, editor.',
  fields: (t) => ({
    name: t.exposeString('name'),
    contributions: t.relation('contributions', {
      args: { role: t.arg({ type: ContributionRole }) },
      query: (args) => ({
        where: args.role ? { role: args.role } : {},
        orderBy: { id: 'asc' as const },
      }),
    }),
    documents: t.connection(
      {
        type: Document,
        description:
          'Documents credited to this contributor (in one role, if given), oldest credit first.',
        args: contributedDocuments.getArgs(),
        select: (args, ctx, nestedSelection) => ({
          contributions: contributedDocuments.getQuery(args, ctx, nestedSelection),
          _count: { select: { contributions: { where: args.role ? { role: args.role } : {} } } },
        }),
        resolve: (contributor, args, ctx) => ({
          ...contributedDocuments.resolve(contributor.contributions, args, ctx),
          totalCount: contributor._count.contributions,
        }),
      },
      {
        fields: (connection) => ({ totalCount: connection.int({ resolve: (c) => c.totalCount }) }),
      },
    ),
  }),
});

builder.queryFields((t) => ({
  contributors: t.prismaConnection({
    type: 'Contributor',
    nullable: true,
    cursor: 'id',
    ...pageSizes.small,
    description: 'Contributors, by name; with a role, only those credited in it.',
    args: { role: t.arg({ type: ContributionRole }), name: t.arg.string() },
    resolve: (query, _root, args, ctx) =>
      ctx.db.contributor.findMany({
        ...query,
        where: contributorWhere(args),
        orderBy: [{ key: 'asc' }, { id: 'asc' }],
      }),
    totalCount: (_connection, args, ctx) =>
      ctx.db.contributor.count({ where: contributorWhere(args) }),
  }),
}));

function contributorWhere(args: {
  role?: 'OBTAINED_BY' | 'TRANSLATED_BY' | 'EDITED_BY' | 'TRANSCRIBED_BY' | null;
  name?: string | null;
}) {
  return {
    ...(args.role && { contributions: { some: { role: args.role } } }),
    ...(args.name && { key: { contains: normalizeName(args.name) } }),
  };
}
