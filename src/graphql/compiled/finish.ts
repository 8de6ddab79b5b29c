// Turns the statement's JSON into the response, field by field in selection order, with the values
// written exactly as the resolvers' path writes them: the GraphQL types' own serializers, the same
// global IDs and cursors, the same computed fields.
import { formatPrismaCursor } from '@pothos/plugin-prisma';
import type { GraphQLLeafType } from 'graphql';
import { encodeGlobalID } from '../global-id.js';
import type { ConnectionPlan, Output, PlannedField, RootPlan, Selection } from './plan.js';

type Json = Record<string, unknown>;

// Instants come back as JSON strings: PostgreSQL's without a zone (they are UTC), SQLite's with one.
const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function leaf(type: GraphQLLeafType, value: unknown): unknown {
  if (value == null) return null;
  if (
    (type.name === 'Date' || type.name === 'DateTime') &&
    typeof value === 'string' &&
    timestamp.test(value)
  ) {
    return type.serialize(new Date(/Z|[+-]\d{2}:\d{2}$/.test(value) ? value : `${value}Z`));
  }
  return type.serialize(value);
}

const dateColumns = new Set(['dateStart', 'dateEnd', 'createdAt', 'updatedAt']);

/** Stored columns as the Prisma client would hand them to a resolver. */
function asRow(columns: Json): Json {
  const row: Json = {};
  for (const [name, value] of Object.entries(columns)) {
    row[name] =
      dateColumns.has(name) && typeof value === 'string'
        ? new Date(/Z|[+-]\d{2}:\d{2}$/.test(value) ? value : `${value}Z`)
        : value;
  }
  return row;
}

function write(output: Output, value: unknown): unknown {
  if (value == null) return null;
  if (Array.isArray(value)) return value.map((item) => write(output, item));
  if (output.kind === 'leaf') return leaf(output.type, value);
  const source = value as Json;
  const result: Json = {};
  for (const field of output.fields) {
    result[field.key] =
      field.property === '__typename'
        ? output.typename
        : write(field.output, source[field.property]);
  }
  return result;
}

const cursorOf = (id: unknown) => formatPrismaCursor({ id }, 'id');

function connection(plan: ConnectionPlan, value: Json | null): Json {
  const fetched = ((value?.rows as Json[] | undefined) ?? []).slice();
  const hasNextPage = fetched.length > plan.first;
  const rows = fetched.slice(0, plan.first);
  const result: Json = {};
  for (const field of plan.fields) {
    if (field.name === '__typename') result[field.key] = plan.typename;
    else if (field.name === 'totalCount') result[field.key] = Number(value?.total ?? 0);
    else if (field.name === 'edges') {
      result[field.key] = rows.map((row) => {
        const edge: Json = {};
        for (const sub of field.sub) {
          if (sub.name === 'cursor') edge[sub.key] = cursorOf(row.c);
          else if (sub.name === '__typename') edge[sub.key] = plan.edgeTypename;
          else edge[sub.key] = plan.node ? object(plan.node, row.n as Json) : null;
        }
        return edge;
      });
    } else {
      const info: Json = {};
      for (const sub of field.sub) {
        if (sub.name === 'hasNextPage') info[sub.key] = hasNextPage;
        else if (sub.name === 'hasPreviousPage') info[sub.key] = plan.after;
        else if (sub.name === 'startCursor')
          info[sub.key] = rows.length ? cursorOf(rows[0]?.c) : null;
        else if (sub.name === 'endCursor')
          info[sub.key] = rows.length ? cursorOf(rows.at(-1)?.c) : null;
        else if (sub.name === '__typename') info[sub.key] = 'PageInfo';
      }
      result[field.key] = info;
    }
  }
  return result;
}

function fieldValue(field: PlannedField, source: Json, typename: string): unknown {
  const value = source[field.key];
  switch (field.kind) {
    case 'typename':
      return typename;
    case 'column':
      return leaf(field.type, value);
    case 'globalId':
      return encodeGlobalID(field.typename, String(value));
    case 'computed':
      return write(field.output, field.compute(asRow(value as Json)));
    case 'derived':
      return write(field.output, field.compute(object(field.selection, value as Json)));
    case 'one':
      return value == null ? null : object(field.selection, value as Json);
    case 'many':
      return ((value as Json[] | null) ?? []).map((item) => object(field.selection, item));
    case 'connection':
      return connection(field, value as Json | null);
  }
}

function object(selection: Selection, source: Json): Json {
  const result: Json = {};
  for (const field of selection.fields)
    result[field.key] = fieldValue(field, source, selection.typename);
  return result;
}

export function finish(roots: RootPlan[], result: Json, queryTypename: string): Json {
  const data: Json = {};
  for (const root of roots) {
    const value = result[root.key];
    if (root.kind === 'typename') data[root.key] = queryTypename;
    else if (root.kind === 'lookup')
      data[root.key] = value == null ? null : object(root.selection, value as Json);
    else data[root.key] = connection(root, value as Json | null);
  }
  return data;
}
