// From a GraphQL query to a plan the SQL builder can run as one statement. Planning refuses
// (returns undefined) at anything it does not model exactly: unknown fields, directives, filters
// it does not know, malformed IDs, pages over the maximum. Those operations take the Pothos path,
// which answers them, errors included, as the API defines.
import { parsePrismaCursor } from '@pothos/plugin-prisma';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLLeafType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isLeafType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql';
import { decodeGlobalId } from '../global-id.js';
import { type PageLimits, pageLimits } from '../pagination.js';
import { type Condition, type FieldSpec, type OrderBy, types } from './model.js';

class Unsupported extends Error {}

export type { Condition } from './model.js';

export type PlannedField =
  | { key: string; kind: 'typename'; typename: string }
  | { key: string; kind: 'column'; column: string; type: GraphQLLeafType }
  | { key: string; kind: 'globalId'; typename: string }
  | {
      key: string;
      kind: 'computed';
      columns: string[];
      compute: (row: Record<string, unknown>) => unknown;
      output: Output;
    }
  | {
      key: string;
      kind: 'derived';
      selection: Selection;
      compute: (value: Record<string, unknown>) => unknown;
      output: Output;
    }
  | {
      key: string;
      kind: 'one';
      table: string;
      localKey: string;
      foreignKey: string;
      selection: Selection;
    }
  | {
      key: string;
      kind: 'many';
      table: string;
      foreignKey: string;
      orderBy: OrderBy[];
      where: Condition[];
      through?: { table: string; foreignKey: string; targetKey: string; orderBy: OrderBy[] };
      selection: Selection;
    }
  | ({ key: string; kind: 'connection' } & ConnectionPlan);

/** How a computed value is written out: a leaf serialized by its type, or an object's properties. */
export type Output =
  | { kind: 'leaf'; type: GraphQLLeafType }
  | {
      kind: 'object';
      fields: { key: string; property: string; output: Output }[];
      typename: string;
    };

export interface ConnectionPlan {
  table: string;
  /** The parent's key the rows point at; absent for root connections. */
  foreignKey?: string;
  orderBy: OrderBy[];
  /** The filters: they decide the rows and the total count. */
  where: Condition[];
  /** Where the page starts, after a cursor: it decides the rows but not the total count. */
  cursor?: Condition;
  first: number;
  after: boolean;
  countTotal: boolean;
  /** The response shape: connection fields, edge fields, page info fields, by response key. */
  fields: {
    key: string;
    name: 'totalCount' | 'edges' | 'pageInfo' | '__typename';
    sub: { key: string; name: string }[];
  }[];
  node?: Selection;
  typename: string;
  edgeTypename: string;
}

export interface Selection {
  table: string;
  typename: string;
  fields: PlannedField[];
}

export type RootPlan =
  | { key: string; kind: 'typename'; typename: string }
  | { key: string; kind: 'lookup'; table: string; where: Condition[]; selection: Selection }
  | ({ key: string; kind: 'connection' } & ConnectionPlan);

interface Context {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** Fields of a selection set grouped by response key, fragments flattened, as graphql-js does. */
function collect(
  ctx: Context,
  type: GraphQLObjectType,
  set: SelectionSetNode,
  into = new Map<string, FieldNode[]>(),
) {
  for (const selection of set.selections) {
    if (selection.directives?.length) throw new Unsupported('directive');
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
    } else {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : ctx.fragments[selection.name.value];
      if (!fragment) throw new Unsupported('fragment');
      if (fragment.typeCondition && fragment.typeCondition.name.value !== type.name)
        throw new Unsupported('type condition');
      collect(ctx, type, fragment.selectionSet, into);
    }
  }
  return into;
}

function merged(nodes: FieldNode[]): SelectionSetNode {
  return {
    kind: Kind.SELECTION_SET,
    selections: nodes.flatMap((n) => n.selectionSet?.selections ?? []),
  };
}

function objectType(type: GraphQLOutputType): GraphQLObjectType {
  const named = getNamedType(type);
  if (!(named instanceof GraphQLObjectType)) throw new Unsupported('abstract type');
  return named;
}

function argumentsOf(
  ctx: Context,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
): Record<string, unknown> {
  return getArgumentValues(field, node, ctx.variables);
}

function decodeId(value: unknown, typename: string): number {
  if (typeof value !== 'string') throw new Unsupported('id');
  try {
    const decoded = decodeGlobalId(value);
    if (decoded.typename !== typename) throw new Unsupported('id type');
    return Number(decoded.id);
  } catch {
    throw new Unsupported('malformed id');
  }
}

function pageSize(args: Record<string, unknown>, page: PageLimits): number {
  if (args.last != null || args.before != null) throw new Unsupported('backward paging');
  const first = args.first == null ? page.defaultSize : (args.first as number);
  if (first < 0 || first > page.maxSize) throw new Unsupported('page size');
  return first;
}

function afterId(args: Record<string, unknown>): number | undefined {
  if (args.after == null) return undefined;
  try {
    const id = parsePrismaCursor(args.after as string);
    if (typeof id !== 'number') throw new Unsupported('cursor');
    return id;
  } catch {
    throw new Unsupported('malformed cursor');
  }
}

// Global-ID arguments name the type they must point at.
const idArguments: Record<string, string> = {
  speaker: 'Person',
  document: 'Document',
};

function filtersFor(
  spec: { filters?: Record<string, (value: unknown) => Condition | undefined> },
  args: Record<string, unknown>,
  allowed: string[],
) {
  const where: Condition[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (allowed.includes(name) || value == null) continue;
    const filter = spec.filters?.[name];
    if (!filter) throw new Unsupported(`argument ${name}`);
    const typename = idArguments[name];
    const condition = filter(typename ? decodeId(value, typename) : value);
    if (condition) where.push(condition);
  }
  return where;
}

function output(ctx: Context, type: GraphQLOutputType, nodes: FieldNode[]): Output {
  const named = getNamedType(type);
  if (isLeafType(named)) return { kind: 'leaf', type: named };
  const object = objectType(type);
  const fields = [...collect(ctx, object, merged(nodes))].map(([key, fieldNodes]) => {
    const name = (fieldNodes[0] as FieldNode).name.value;
    if (name === '__typename')
      return {
        key,
        property: '__typename',
        output: { kind: 'leaf' as const, type: null as never },
      };
    const field = object.getFields()[name];
    if (!field || field.args.length) throw new Unsupported(`${object.name}.${name}`);
    return { key, property: name, output: output(ctx, field.type, fieldNodes) };
  });
  return { kind: 'object', fields, typename: object.name };
}

function connection(
  ctx: Context,
  type: GraphQLOutputType,
  nodes: FieldNode[],
  base: Omit<ConnectionPlan, 'fields' | 'node' | 'countTotal' | 'typename' | 'edgeTypename'>,
): ConnectionPlan {
  const connectionType = objectType(type);
  const edgeType = objectType(connectionType.getFields().edges?.type as GraphQLOutputType);
  const fields: ConnectionPlan['fields'] = [];
  const nodeSelections: FieldNode[] = [];
  for (const [key, fieldNodes] of collect(ctx, connectionType, merged(nodes))) {
    const name = (fieldNodes[0] as FieldNode).name.value;
    if (name === '__typename' || name === 'totalCount') {
      fields.push({ key, name, sub: [] });
    } else if (name === 'edges') {
      const sub = [...collect(ctx, edgeType, merged(fieldNodes))].map(([edgeKey, edgeNodes]) => {
        const edgeField = (edgeNodes[0] as FieldNode).name.value;
        if (!['node', 'cursor', '__typename'].includes(edgeField))
          throw new Unsupported(`edge ${edgeField}`);
        if (edgeField === 'node') nodeSelections.push(...edgeNodes);
        return { key: edgeKey, name: edgeField };
      });
      fields.push({ key, name, sub });
    } else if (name === 'pageInfo') {
      const pageInfoType = objectType(
        connectionType.getFields().pageInfo?.type as GraphQLOutputType,
      );
      const sub = [...collect(ctx, pageInfoType, merged(fieldNodes))].map(
        ([infoKey, infoNodes]) => ({
          key: infoKey,
          name: (infoNodes[0] as FieldNode).name.value,
        }),
      );
      fields.push({ key, name, sub });
    } else {
      throw new Unsupported(`connection field ${name}`);
    }
  }
  const nodeType = objectType(edgeType.getFields().node?.type as GraphQLOutputType);
  return {
    ...base,
    fields,
    countTotal: fields.some((f) => f.name === 'totalCount'),
    typename: connectionType.name,
    edgeTypename: edgeType.name,
    ...(nodeSelections.length && { node: selectionOf(ctx, nodeType, nodeSelections) }),
  };
}

function selectionOf(ctx: Context, type: GraphQLObjectType, nodes: FieldNode[]): Selection {
  const spec = types[type.name];
  if (!spec) throw new Unsupported(`type ${type.name}`);
  const fields: PlannedField[] = [];
  for (const [key, fieldNodes] of collect(ctx, type, merged(nodes))) {
    const first = fieldNodes[0] as FieldNode;
    const name = first.name.value;
    if (name === '__typename') {
      fields.push({ key, kind: 'typename', typename: type.name });
      continue;
    }
    const field = type.getFields()[name];
    const fieldSpec: FieldSpec | undefined = spec.fields[name];
    if (!field || !fieldSpec) throw new Unsupported(`${type.name}.${name}`);
    const args = argumentsOf(ctx, field, first);
    fields.push(plannedField(ctx, key, type, field, fieldSpec, args, fieldNodes));
  }
  return { table: spec.table, typename: type.name, fields };
}

// The selections derived fields are computed from, parsed once.
const derivedInputs = new Map<string, SelectionSetNode>();

function derivedInput(from: string): FieldNode {
  let set = derivedInputs.get(from);
  if (!set) {
    const operation = parse(from).definitions[0] as OperationDefinitionNode;
    set = operation.selectionSet;
    derivedInputs.set(from, set);
  }
  return { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'derived' }, selectionSet: set };
}

function plannedField(
  ctx: Context,
  key: string,
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  spec: FieldSpec,
  args: Record<string, unknown>,
  nodes: FieldNode[],
): PlannedField {
  const targetTable = (type: string) => types[type]?.table ?? '';
  switch (spec.kind) {
    case 'column': {
      const named = getNamedType(field.type);
      if (
        !isLeafType(named) ||
        field.type instanceof GraphQLList ||
        (field.type instanceof GraphQLNonNull && field.type.ofType instanceof GraphQLList)
      ) {
        throw new Unsupported('list column');
      }
      return { key, kind: 'column', column: spec.column, type: named };
    }
    case 'globalId':
      return { key, kind: 'globalId', typename: spec.typename };
    case 'computed':
      return {
        key,
        kind: 'computed',
        columns: spec.columns,
        compute: spec.compute,
        output: output(ctx, field.type, nodes),
      };
    case 'derived':
      // Arguments of derived fields (citation's style) have one accepted value each: their default.
      for (const argument of field.args) {
        if (args[argument.name] !== argument.defaultValue)
          throw new Unsupported(`argument ${argument.name}`);
      }
      return {
        key,
        kind: 'derived',
        selection: selectionOf(ctx, parent, [derivedInput(spec.from)]),
        compute: spec.compute,
        output: output(ctx, field.type, nodes),
      };
    case 'one':
      return {
        key,
        kind: 'one',
        table: targetTable(spec.type),
        localKey: spec.localKey,
        foreignKey: spec.foreignKey,
        selection: selectionOf(ctx, objectType(field.type), nodes),
      };
    case 'many':
      return {
        key,
        kind: 'many',
        table: targetTable(spec.type),
        foreignKey: spec.foreignKey,
        orderBy: spec.orderBy,
        where: filtersFor(spec as never, args, []),
        ...(spec.through && { through: spec.through }),
        selection: selectionOf(ctx, objectType(field.type), nodes),
      };
    case 'connection': {
      const after = afterId(args);
      if (after !== undefined) throw new Unsupported('nested cursor');
      return {
        key,
        kind: 'connection',
        ...connection(ctx, field.type, nodes, {
          table: targetTable(spec.type),
          foreignKey: spec.foreignKey,
          orderBy: spec.orderBy,
          where: filtersFor(spec as never, args, ['first', 'after', 'last', 'before']),
          first: pageSize(args, spec.page),
          after: false,
        }),
      };
    }
  }
}

interface DocumentFilterArgument {
  dateFrom?: Date | null;
  dateTo?: Date | null;
  person?: string | null;
  archive?: string | null;
  contributor?: string | null;
  role?: string | null;
  type?: string[] | null;
}

/** The same selection as documentWhere (src/db/documents.ts), written as SQL conditions. */
function documentConditions(filter: DocumentFilterArgument | null): Condition[] {
  if (!filter) return [];
  if (filter.dateFrom && filter.dateTo && filter.dateFrom > filter.dateTo)
    throw new Unsupported('reversed dates');
  const conditions: Condition[] = [];
  if (filter.dateFrom)
    conditions.push({ kind: 'compare', column: 'dateEnd', op: '>=', value: filter.dateFrom });
  if (filter.dateTo)
    conditions.push({ kind: 'compare', column: 'dateStart', op: '<=', value: filter.dateTo });
  if (filter.person != null) {
    conditions.push({
      kind: 'exists',
      table: 'Participant',
      foreignKey: 'documentId',
      conditions: [
        { kind: 'compare', column: 'personId', op: '=', value: decodeId(filter.person, 'Person') },
      ],
    });
  }
  if (filter.archive != null) {
    conditions.push({
      kind: 'exists',
      table: 'ArchivalReference',
      foreignKey: 'documentId',
      conditions: [
        {
          kind: 'compare',
          column: 'archiveId',
          op: '=',
          value: decodeId(filter.archive, 'Archive'),
        },
      ],
    });
  }
  if (filter.contributor != null || filter.role) {
    const inner: Condition[] = [];
    if (filter.contributor != null)
      inner.push({
        kind: 'compare',
        column: 'contributorId',
        op: '=',
        value: decodeId(filter.contributor, 'Contributor'),
      });
    if (filter.role) inner.push({ kind: 'compare', column: 'role', op: '=', value: filter.role });
    conditions.push({
      kind: 'exists',
      table: 'Contribution',
      foreignKey: 'documentId',
      conditions: inner,
    });
  }
  if (filter.type?.length) conditions.push({ kind: 'in', column: 'type', values: filter.type });
  return conditions;
}

const documentOrders: Record<string, OrderBy[]> = {
  DATE_ASC: [
    { column: 'dateStart', direction: 'ASC' },
    { column: 'id', direction: 'ASC' },
  ],
  DATE_DESC: [
    { column: 'dateStart', direction: 'DESC' },
    { column: 'id', direction: 'DESC' },
  ],
  UPDATED_ASC: [
    { column: 'updatedAt', direction: 'ASC' },
    { column: 'id', direction: 'ASC' },
  ],
};

function rootField(
  ctx: Context,
  key: string,
  field: GraphQLField<unknown, unknown>,
  nodes: FieldNode[],
): RootPlan {
  const first = nodes[0] as FieldNode;
  const args = argumentsOf(ctx, field, first);
  const object = () => objectType(field.type);
  switch (field.name) {
    case 'document': {
      if ((args.id == null) === (args.slug == null))
        throw new Unsupported('document needs one of id and slug');
      const where: Condition[] =
        args.id != null
          ? [{ kind: 'compare', column: 'id', op: '=', value: decodeId(args.id, 'Document') }]
          : [{ kind: 'compare', column: 'slug', op: '=', value: args.slug }];
      return {
        key,
        kind: 'lookup',
        table: 'Document',
        where,
        selection: selectionOf(ctx, object(), nodes),
      };
    }
    case 'person':
      return {
        key,
        kind: 'lookup',
        table: 'Person',
        where: [{ kind: 'compare', column: 'id', op: '=', value: decodeId(args.id, 'Person') }],
        selection: selectionOf(ctx, object(), nodes),
      };
    case 'documents': {
      const orderBy = documentOrders[String(args.orderBy)];
      if (!orderBy) throw new Unsupported('order');
      const after = afterId(args);
      return {
        key,
        kind: 'connection',
        ...connection(ctx, field.type, nodes, {
          table: 'Document',
          orderBy,
          where: documentConditions(args.filter as DocumentFilterArgument | null),
          ...(after !== undefined && { cursor: { kind: 'after', id: after, orderBy } }),
          first: pageSize(args, pageLimits.documents),
          after: after !== undefined,
        }),
      };
    }
    case 'utterances': {
      const after = afterId(args);
      const where: Condition[] = [];
      if (args.speaker != null)
        where.push({
          kind: 'compare',
          column: 'speakerId',
          op: '=',
          value: decodeId(args.speaker, 'Person'),
        });
      if (args.document != null)
        where.push({
          kind: 'compare',
          column: 'documentId',
          op: '=',
          value: decodeId(args.document, 'Document'),
        });
      return {
        key,
        kind: 'connection',
        ...connection(ctx, field.type, nodes, {
          table: 'Utterance',
          orderBy: [{ column: 'id', direction: 'ASC' }],
          where,
          ...(after !== undefined && {
            cursor: { kind: 'compare', column: 'id', op: '>', value: after },
          }),
          first: pageSize(args, pageLimits.utterances),
          after: after !== undefined,
        }),
      };
    }
    default:
      throw new Unsupported(`root field ${field.name}`);
  }
}

/** The plan for an operation, or undefined when it must take the resolvers' path. */
export function planOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): RootPlan[] | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (operation?.operation !== 'query' || operation.directives?.length) return undefined;
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    rawVariables ?? {},
  );
  if (coerced.errors) return undefined;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const ctx: Context = { fragments, variables: coerced.coerced };
  const query = schema.getQueryType();
  if (!query) return undefined;
  try {
    return [...collect(ctx, query, operation.selectionSet)].map(([key, nodes]) => {
      const name = (nodes[0] as FieldNode).name.value;
      if (name === '__typename') return { key, kind: 'typename', typename: query.name };
      const field = query.getFields()[name];
      if (!field) throw new Unsupported(name);
      return rootField(ctx, key, field, nodes);
    });
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    // Arguments graphql-js itself rejects are the resolvers' path to report.
    if (error instanceof Error && error.name === 'GraphQLError') return undefined;
    throw error;
  }
}
