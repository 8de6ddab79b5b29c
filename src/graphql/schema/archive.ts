import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { builder } from '../builder.js';
import { pageSizes } from '../pagination.js';
import { Document } from './document.js';

builder.prismaObject('ArchivalReference', {
  select: { id: true },
  description:
    'Where an original lies: the archive, the file number and the pages, and the reference as printed.',
  fields: (t) => ({
    archive: t.relation('archive', { nullable: true }),
    fileNumber: t.exposeString('fileNumber', { nullable: true }),
    pages: t.exposeString('pages', { nullable: true }),
    asPrinted: t.exposeString('asPrinted', {
      description: 'The reference exactly as the source prints it.',
    }),
    document: t.relation('document'),
  }),
});

const heldDocuments = prismaConnectionHelpers(builder, 'ArchivalReference', {
  cursor: 'id',
  ...pageSizes.documents,
  query: { orderBy: { id: 'asc' as const } },
  select: (nodeSelection) => ({ document: nodeSelection({}) }),
  resolveNode: (reference) => reference.document,
});

builder.prismaNode('Archive', {
  id: { field: 'id' },
  select: { id: true },
  // An ID that names nothing loads as null, not as an error.
  nullable: true,
  description:
    'A repository holding originals, such as the PRC Foreign Ministry Archive ("PRC FMA").',
  fields: (t) => ({
    name: t.exposeString('name'),
    abbreviation: t.exposeString('abbreviation', { nullable: true }),
    documents: t.connection(
      {
        type: Document,
        description: 'Documents whose originals this archive holds.',
        select: (args, ctx, nestedSelection) => ({
          references: heldDocuments.getQuery(args, ctx, nestedSelection),
          _count: { select: { references: true } },
        }),
        resolve: (archive, args, ctx) => ({
          ...heldDocuments.resolve(archive.references, args, ctx),
          totalCount: archive._count.references,
        }),
      },
      {
        fields: (connection) => ({ totalCount: connection.int({ resolve: (c) => c.totalCount }) }),
      },
    ),
  }),
});

builder.queryFields((t) => ({
  archives: t.prismaConnection({
    type: 'Archive',
    nullable: true,
    cursor: 'id',
    ...pageSizes.small,
    resolve: (query, _root, _args, ctx) =>
      ctx.db.archive.findMany({ ...query, orderBy: [{ key: 'asc' }, { id: 'asc' }] }),
    totalCount: (_connection, _args, ctx) => ctx.db.archive.count(),
  }),
}));
