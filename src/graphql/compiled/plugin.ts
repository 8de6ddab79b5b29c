// Runs queries the planner understands as one SQL statement, skipping per-field resolution, and
// hands every other operation to the Pothos resolvers unchanged.
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../../db/client.js';
import { finish } from './finish.js';
import { planOperation } from './plan.js';
import { buildStatement } from './sql.js';

export interface CompiledQueriesOptions {
  database: Pick<Database, 'provider' | 'read'>;
  /** Called once per operation with how it ran, for tests and metrics. */
  onOperation?: (path: 'compiled' | 'resolvers') => void;
}

export function useCompiledQueries({ database, onOperation }: CompiledQueriesOptions): Plugin {
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
      const { sql, params } = buildStatement(roots, database.provider);
      return database.read(sql, params).then((rows) => {
        const raw = rows[0]?.result;
        // PostgreSQL's driver parses json columns; SQLite returns the text.
        const result = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>;
        setResultAndStopExecution({
          data: finish(roots, result, args.schema.getQueryType()?.name ?? 'Query'),
        });
      });
    },
  };
}
