// Runs queries the planner understands as one SQL statement, skipping per-field resolution, and
// hands every other operation to the Pothos resolvers unchanged.
import type { Plugin } from 'graphql-yoga';
import type { Provider } from '../../db/client.js';
import type { Context } from '../context.js';
import { finish } from './finish.js';
import { planOperation } from './plan.js';
import { buildStatement } from './sql.js';

export interface CompiledQueriesOptions {
  provider: Provider;
  /** Called once per operation with how it ran, for tests and metrics. */
  onOperation?: (path: 'compiled' | 'resolvers') => void;
}

export function useCompiledQueries({
  provider,
  onOperation,
}: CompiledQueriesOptions): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const roots = planOperation(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues as Record<string, unknown>,
      );
      onOperation?.(roots ? 'compiled' : 'resolvers');
      if (!roots) return;
      const { sql, params } = buildStatement(roots, provider);
      const db = args.contextValue.db;
      // Reads go to a replica when there is one, as the resolvers' reads do.
      const reader =
        typeof (db as { $replica?: unknown }).$replica === 'function'
          ? (db as unknown as { $replica(): typeof db }).$replica()
          : db;
      return reader.$queryRawUnsafe<{ result: unknown }[]>(sql, ...params).then((rows) => {
        const raw = rows[0]?.result;
        const result = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>;
        setResultAndStopExecution({
          data: finish(roots, result, args.schema.getQueryType()?.name ?? 'Query'),
        });
      });
    },
  };
}
