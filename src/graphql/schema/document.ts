import { documentOrderBy, documentWhere } from '../../db/documents.js';
import { archiveCitation } from '../../domain/citation.js';
import { builder } from '../builder.js';
import { BadInputError } from '../errors.js';
import { idOf } from '../ids.js';
import { pageSizes } from '../pagination.js';
import { documentDate } from '../values.js';
import { ContributionRole } from './contributor.js';
import { DocumentDate } from './document-date.js';
import { DocumentFilterInput, DocumentOrder, filterOf } from './document-filter.js';
import { Funder } from './funder.js';
import { UtteranceKind } from './utterance.js';

export const DocumentType = builder.enumType('DocumentType', {
  values: [
    'RECORD_OF_CONVERSATION',
    'MEMORANDUM_OF_CONVERSATION',
    'TELEGRAM',
    'LETTER',
    'MINUTES',
    'REPORT',
    'OTHER',
  ] as const,
});

const CitationStyle = builder.enumType('CitationStyle', {
  values: { ARCHIVE: { description: "The publishing archive's own citation style." } } as const,
});

export const Document = builder.prismaNode('Document', {
  id: { field: 'id' },
  select: { id: true },
  // An ID that names nothing loads as null, not as an error.
  nullable: true,
  fields: (t) => ({
    slug: t.exposeString('slug'),
    title: t.exposeString('title'),
    type: t.expose('type', { type: DocumentType }),
    date: t.field({
      type: DocumentDate,
      nullable: true,
      select: { dateStart: true, dateEnd: true, datePrecision: true, dateAsPrinted: true },
      resolve: documentDate,
    }),
    place: t.exposeString('place', { nullable: true }),
    summary: t.exposeString('summary', { nullable: true }),
    language: t.exposeString('language'),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true }),
    publisher: t.exposeString('publisher', { nullable: true }),
    series: t.exposeString('series', { nullable: true }),
    documentNumber: t.exposeString('documentNumber', { nullable: true }),
    contentHash: t.exposeString('contentHash'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    archivalReferences: t.relation('archivalReferences', {
      description: 'Where the original lies: archive, file number, pages.',
      query: { orderBy: { position: 'asc' } },
    }),
    contributions: t.relation('contributions', {
      description:
        'Who obtained, translated or edited this text, in the order the credits print them.',
      args: { role: t.arg({ type: ContributionRole }) },
      query: (args) => ({
        where: args.role ? { role: args.role } : {},
        orderBy: { position: 'asc' },
      }),
    }),
    funders: t.field({
      type: [Funder],
      select: (_args, _ctx, nestedSelection) => ({
        funding: { orderBy: { position: 'asc' }, select: { funder: nestedSelection(true) } },
      }),
      resolve: (d) => d.funding.map((f) => f.funder),
    }),
    participants: t.relation('participants', { query: { orderBy: { position: 'asc' } } }),
    utterances: t.relatedConnection('utterances', {
      cursor: 'id',
      totalCount: true,
      ...pageSizes.utterances,
      args: {
        speaker: t.arg.globalID({ description: 'Only the turns of this person.' }),
        kind: t.arg({ type: [UtteranceKind], description: 'Only utterances of these kinds.' }),
      },
      query: (args) => ({
        where: {
          ...(args.speaker && { speakerId: idOf(args.speaker, 'Person') }),
          ...(args.kind?.length && { kind: { in: args.kind } }),
        },
        orderBy: { position: 'asc' },
      }),
    }),
    citation: t.string({
      args: { style: t.arg({ type: CitationStyle, defaultValue: 'ARCHIVE', required: true }) },
      select: {
        title: true,
        dateAsPrinted: true,
        publisher: true,
        series: true,
        documentNumber: true,
        sourceUrl: true,
        archivalReferences: { orderBy: { position: 'asc' }, select: { asPrinted: true } },
        contributions: {
          orderBy: { position: 'asc' },
          select: { role: true, contributor: { select: { name: true } } },
        },
      },
      resolve: (d) =>
        archiveCitation({
          ...d,
          references: d.archivalReferences,
          contributions: d.contributions.map((c) => ({ role: c.role, name: c.contributor.name })),
        }),
    }),
  }),
});

builder.queryFields((t) => ({
  document: t.prismaField({
    type: 'Document',
    nullable: true,
    description: 'One document by its global ID or its slug (give exactly one).',
    args: { id: t.arg.globalID(), slug: t.arg.string() },
    resolve: (query, _root, args, ctx) => {
      if (Boolean(args.id) === Boolean(args.slug))
        throw new BadInputError('give exactly one of id and slug');
      const where = args.id ? { id: idOf(args.id, 'Document') } : { slug: args.slug as string };
      return ctx.db.document.findUnique({ ...query, where });
    },
  }),
  documents: t.prismaConnection({
    type: 'Document',
    nullable: true,
    cursor: 'id',
    ...pageSizes.documents,
    args: {
      filter: t.arg({ type: DocumentFilterInput }),
      orderBy: t.arg({ type: DocumentOrder, defaultValue: 'DATE_ASC', required: true }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.document.findMany({
        ...query,
        where: documentWhere(filterOf(args.filter)),
        orderBy: documentOrderBy(args.orderBy),
      }),
    totalCount: (_connection, args, ctx) =>
      ctx.db.document.count({ where: documentWhere(filterOf(args.filter)) }),
  }),
}));
