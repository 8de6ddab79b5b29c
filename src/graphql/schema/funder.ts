import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { builder } from '../builder.js';
import { pageSizes } from '../pagination.js';
import { Document } from './document.js';

const fundedDocuments = prismaConnectionHelpers(builder, 'DocumentFunder', {
  cursor: 'documentId_funderId',
  ...pageSizes.documents,
  query: { orderBy: { documentId: 'asc' } },
  select: (nodeSelection) => ({ document: nodeSelection({}) }),
  resolveNode: (funding) => funding.document,
});

export const Funder = builder.prismaNode('Funder', {
  id: { field: 'id' },
  select: { id: true },
  // An ID that names nothing loads as null, not as an error.
  nullable: true,
  description: 'An institution whose support made documents available.',
  fields: (t) => ({
    name: t.exposeString('name'),
  }),
});

// Added apart from the type so Funder's type does not depend on Document's, which lists funders.
builder.prismaObjectField(Funder, 'documents', (t) =>
  t.connection(
    {
      type: Document,
      select: (args, ctx, nestedSelection) => ({
        documents: fundedDocuments.getQuery(args, ctx, nestedSelection),
        _count: { select: { documents: true } },
      }),
      resolve: (funder, args, ctx) => ({
        ...fundedDocuments.resolve(funder.documents, args, ctx),
        totalCount: funder._count.documents,
      }),
    },
    { fields: (connection) => ({ totalCount: connection.int({ resolve: (c) => c.totalCount }) }) },
  ),
);

builder.queryFields((t) => ({
  funders: t.prismaConnection({
    type: 'Funder',
    nullable: true,
    cursor: 'id',
    ...pageSizes.small,
    resolve: (query, _root, _args, ctx) =>
      ctx.db.funder.findMany({ ...query, orderBy: [{ key: 'asc' }, { id: 'asc' }] }),
    totalCount: (_connection, _args, ctx) => ctx.db.funder.count(),
  }),
}));
