// One SQL statement per operation: every level of the response is a correlated subquery that
// builds JSON, lists aggregate in order, and page sizes are LIMITs inside the subqueries, so the
// database reads only the rows the response shows (plus one per connection, to know if more exist).
import type { Provider } from '../../db/client.js';
import type { OrderBy } from './model.js';
import type { Condition, ConnectionPlan, RootPlan, Selection } from './plan.js';

interface Dialect {
  object(pairs: [string, string][]): string;
  /** A nested JSON value inside an object or array. */
  nested(expression: string): string;
  array(element: string, orderBy: string): string;
}

const dialects: Record<Provider, Dialect> = {
  postgresql: {
    object: (pairs) => `json_build_object(${pairs.map(([k, v]) => `'${k}', ${v}`).join(', ')})`,
    nested: (expression) => expression,
    array: (element, orderBy) =>
      `coalesce(json_agg(${element}${orderBy ? ` ORDER BY ${orderBy}` : ''}), '[]'::json)`,
  },
  sqlite: {
    object: (pairs) => `json_object(${pairs.map(([k, v]) => `'${k}', ${v}`).join(', ')})`,
    // SQLite passes JSON between subqueries as text; json() marks it as JSON again.
    nested: (expression) => `json(${expression})`,
    array: (element, orderBy) =>
      `json_group_array(json(${element})${orderBy ? ` ORDER BY ${orderBy}` : ''})`,
  },
};

const quote = (name: string) => `"${name}"`;

class Builder {
  private aliases = 0;
  readonly params: unknown[] = [];

  constructor(private readonly dialect: Dialect) {}

  alias(): string {
    return `t${this.aliases++}`;
  }

  /** A placeholder token; numbered in textual order once the statement is complete. */
  param(value: unknown): string {
    this.params.push(value);
    return `{{p${this.params.length - 1}}}`;
  }

  order(alias: string, orderBy: OrderBy[]): string {
    return orderBy
      .map(({ column, direction }) => {
        // Undated rows sort after every date, in both directions (see documentOrderBy).
        const nulls =
          column === 'dateStart' ? (direction === 'ASC' ? ' NULLS LAST' : ' NULLS FIRST') : '';
        return `${alias}.${quote(column)} ${direction}${nulls}`;
      })
      .join(', ');
  }

  where(alias: string, conditions: Condition[], table?: string): string[] {
    return conditions.map((condition) => this.condition(alias, condition, table));
  }

  condition(alias: string, condition: Condition, table?: string): string {
    switch (condition.kind) {
      case 'compare':
        return `${alias}.${quote(condition.column)} ${condition.op} ${this.param(condition.value)}`;
      case 'in':
        return `${alias}.${quote(condition.column)} IN (${condition.values.map((v) => this.param(v)).join(', ')})`;
      case 'exists': {
        const e = this.alias();
        const inner = [
          `${e}.${quote(condition.foreignKey)} = ${alias}."id"`,
          ...this.where(e, condition.conditions),
        ];
        return `EXISTS (SELECT 1 FROM ${quote(condition.table)} ${e} WHERE ${inner.join(' AND ')})`;
      }
      case 'after':
        return this.after(alias, condition, table as string);
    }
  }

  /**
   * Rows after the cursor row in an order of one column then the id. The order's first column
   * may be dateStart, whose NULLs come after every date (last ascending, first descending). A
   * cursor whose row is gone matches nothing, as it does on the resolvers' path.
   */
  after(
    alias: string,
    { id, orderBy }: Extract<Condition, { kind: 'after' }>,
    table: string,
  ): string {
    const [sort, tie] = orderBy as [OrderBy, OrderBy | undefined];
    const exists = `EXISTS (SELECT 1 FROM ${quote(table)} WHERE "id" = ${this.param(id)})`;
    if (!tie)
      return `${exists} AND ${alias}."id" ${sort.direction === 'ASC' ? '>' : '<'} ${this.param(id)}`;
    const column = `${alias}.${quote(sort.column)}`;
    const cursor = () =>
      `(SELECT ${quote(sort.column)} FROM ${quote(table)} WHERE "id" = ${this.param(id)})`;
    const idAfter = () => `${alias}."id" ${tie.direction === 'ASC' ? '>' : '<'} ${this.param(id)}`;
    const beyond = sort.direction === 'ASC' ? '>' : '<';
    const dated = `(${cursor()} IS NOT NULL AND (${column} ${beyond} ${cursor()} OR (${column} = ${cursor()} AND ${idAfter()})${sort.direction === 'ASC' ? ` OR ${column} IS NULL` : ''}))`;
    const undated = `(${cursor()} IS NULL AND ${column} IS NULL AND ${idAfter()})${sort.direction === 'DESC' ? ` OR (${cursor()} IS NULL AND ${column} IS NOT NULL)` : ''}`;
    return `${exists} AND (${dated} OR ${undated})`;
  }

  row(selection: Selection, alias: string): string {
    const pairs: [string, string][] = [];
    for (const field of selection.fields) {
      switch (field.kind) {
        case 'typename':
          break;
        case 'column':
          pairs.push([field.key, `${alias}.${quote(field.column)}`]);
          break;
        case 'globalId':
          pairs.push([field.key, `${alias}."id"`]);
          break;
        case 'computed':
          pairs.push([
            field.key,
            this.dialect.object(field.columns.map((c) => [c, `${alias}.${quote(c)}`])),
          ]);
          break;
        case 'derived':
          pairs.push([field.key, this.row(field.selection, alias)]);
          break;
        case 'one': {
          const t = this.alias();
          pairs.push([
            field.key,
            this.dialect.nested(
              `(SELECT ${this.row(field.selection, t)} FROM ${quote(field.table)} ${t} WHERE ${t}.${quote(field.foreignKey)} = ${alias}.${quote(field.localKey)})`,
            ),
          ]);
          break;
        }
        case 'many': {
          const t = this.alias();
          if (field.through) {
            const j = this.alias();
            const conditions = [
              `${j}.${quote(field.through.foreignKey)} = ${alias}."id"`,
              ...this.where(t, field.where),
            ];
            pairs.push([
              field.key,
              this.dialect.nested(
                `(SELECT ${this.dialect.array(this.row(field.selection, t), this.order(j, field.through.orderBy))} FROM ${quote(field.through.table)} ${j} JOIN ${quote(field.table)} ${t} ON ${t}."id" = ${j}.${quote(field.through.targetKey)} WHERE ${conditions.join(' AND ')})`,
              ),
            ]);
          } else {
            const conditions = [
              `${t}.${quote(field.foreignKey)} = ${alias}."id"`,
              ...this.where(t, field.where),
            ];
            pairs.push([
              field.key,
              this.dialect.nested(
                `(SELECT ${this.dialect.array(this.row(field.selection, t), this.order(t, field.orderBy))} FROM ${quote(field.table)} ${t} WHERE ${conditions.join(' AND ')})`,
              ),
            ]);
          }
          break;
        }
        case 'connection':
          pairs.push([field.key, this.dialect.nested(this.connection(field, alias))]);
          break;
      }
    }
    // An object must have a key; a selection of only __typename still needs a row.
    if (pairs.length === 0) pairs.push(['__row', '1']);
    return this.dialect.object(pairs);
  }

  /** {"rows": [{"c": id, "n": node}...], "total": n}, fetching one row past the page. */
  connection(plan: ConnectionPlan, parent?: string): string {
    const t = this.alias();
    const inner = this.alias();
    const conditions = [
      ...(plan.foreignKey && parent ? [`${inner}.${quote(plan.foreignKey)} = ${parent}."id"`] : []),
      ...this.where(inner, plan.where),
      ...(plan.cursor ? [this.condition(inner, plan.cursor, plan.table)] : []),
    ];
    const whereSql = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
    const element = this.dialect.object([
      ['c', `${t}."id"`],
      ...(plan.node ? [['n', this.row(plan.node, t)] as [string, string]] : []),
    ]);
    // The page size is written into the statement, not bound: a prepared statement's generic plan
    // must see how few rows it needs to keep to the ordered index scan. It is a validated integer.
    const limit = String(Math.trunc(plan.first) + 1);
    const rows = `(SELECT ${this.dialect.array(element, this.order(t, plan.orderBy))} FROM (SELECT * FROM ${quote(plan.table)} ${inner}${whereSql} ORDER BY ${this.order(inner, plan.orderBy)} LIMIT ${limit}) ${t})`;
    const pairs: [string, string][] = [['rows', this.dialect.nested(rows)]];
    if (plan.countTotal) {
      const c = this.alias();
      const countConditions = [
        ...(plan.foreignKey && parent ? [`${c}.${quote(plan.foreignKey)} = ${parent}."id"`] : []),
        ...this.where(c, plan.where),
      ];
      pairs.push([
        'total',
        `(SELECT count(*) FROM ${quote(plan.table)} ${c}${countConditions.length ? ` WHERE ${countConditions.join(' AND ')}` : ''})`,
      ]);
    }
    return this.dialect.object(pairs);
  }
}

export function buildStatement(
  roots: RootPlan[],
  provider: Provider,
): { sql: string; params: unknown[] } {
  const builder = new Builder(dialects[provider]);
  const pairs: [string, string][] = [];
  for (const root of roots) {
    if (root.kind === 'typename') continue;
    if (root.kind === 'lookup') {
      const t = builder.alias();
      const conditions = builder.where(t, root.where);
      pairs.push([
        root.key,
        dialects[provider].nested(
          `(SELECT ${builder.row(root.selection, t)} FROM ${quote(root.table)} ${t} WHERE ${conditions.join(' AND ')})`,
        ),
      ]);
    } else {
      pairs.push([root.key, dialects[provider].nested(builder.connection(root))]);
    }
  }
  const select = `SELECT ${dialects[provider].object(pairs.length ? pairs : [['__row', '1']])} AS result`;
  // Placeholders in textual order: $1, $2... for PostgreSQL, ? for SQLite.
  const params: unknown[] = [];
  const sql = select.replace(/\{\{p(\d+)\}\}/g, (_, index: string) => {
    const value = builder.params[Number(index)];
    // SQLite compares instants as the text Prisma stores ("...T00:00:00.000+00:00").
    params.push(
      value instanceof Date
        ? provider === 'sqlite'
          ? value.toISOString().replace('Z', '+00:00')
          : value.toISOString()
        : value,
    );
    return provider === 'postgresql' ? `$${params.length}` : '?';
  });
  return { sql, params };
}
