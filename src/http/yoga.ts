// Builds the gateway's HTTP handler: GraphQL (with GraphiQL) at /graphql, /health and /ready for
// load balancers. Nothing here listens on a port, so tests call yoga.fetch directly.
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Db } from '../db/client.js';
import { type CompiledQueriesOptions, useCompiledQueries } from '../graphql/compiled/plugin.js';
import { createContext } from '../graphql/context.js';
import { schema } from '../graphql/schema/index.js';
import { exampleQuery } from './example-query.js';

export interface Readiness {
  ready: boolean;
  [detail: string]: unknown;
}

export interface GatewayOptions {
  db: Db;
  /** The database the compiled query path reads; without it every query runs through the resolvers. */
  compiled?: CompiledQueriesOptions['database'];
  /** Reports whether each operation ran compiled or through the resolvers (tests, metrics). */
  onOperation?: CompiledQueriesOptions['onOperation'];
  /** Answers /ready: is the database reachable and fully migrated? */
  readiness?: () => Promise<Readiness>;
  /** Where internal errors are reported; they never reach clients. */
  logError?: (error: unknown) => void;
}

// By name as well as by class: a second copy of graphql (or of Pothos) in the module graph would
// make instanceof fail and mask errors that are meant for the client.
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError');
}

function isPothosValidationError(error: unknown): error is Error {
  return (
    error instanceof PothosValidationError ||
    (error instanceof Error && error.name === 'PothosValidationError')
  );
}

function errorMasker(logError: (error: unknown) => void) {
  return (error: unknown, message: string): Error => {
    if (!isGraphQLError(error)) {
      logError(error);
      return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    const original = error.originalError;
    // Pothos rejects malformed cursors and unsupported argument combinations with its own class.
    if (isPothosValidationError(original)) {
      return new GraphQLError(original.message, {
        nodes: error.nodes,
        ...(error.path && { path: error.path }),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    if (!original || isGraphQLError(original)) return error;
    logError(original);
    return new GraphQLError(message, {
      nodes: error.nodes,
      ...(error.path && { path: error.path }),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  };
}

function probes(readiness: GatewayOptions['readiness']): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/health') {
        endResponse(fetchAPI.Response.json({ status: 'ok' }));
      } else if (url.pathname === '/ready') {
        const state = readiness
          ? await readiness().catch((e: Error) => ({ ready: false, error: e.message }))
          : { ready: true };
        endResponse(fetchAPI.Response.json(state, { status: state.ready ? 200 : 503 }));
      } else if (url.pathname === '/') {
        endResponse(
          new fetchAPI.Response(null, { status: 302, headers: { location: '/graphql' } }),
        );
      }
    },
  };
}

export function createGateway({
  db,
  compiled,
  onOperation,
  readiness,
  logError = console.error,
}: GatewayOptions) {
  return createYoga({
    schema,
    context: () => createContext({ db }),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Archive Gateway', defaultQuery: exampleQuery },
    landingPage: false,
    // Yoga's own probe answers an empty 200 at /health; ours answers JSON there instead.
    healthCheckEndpoint: '/healthz',
    maskedErrors: { maskError: errorMasker(logError), isDev: false },
    // Internal errors are logged once, by the masker; client mistakes are not server errors.
    logging: false,
    plugins: [
      probes(readiness),
      ...(compiled
        ? [useCompiledQueries({ database: compiled, ...(onOperation && { onOperation }) })]
        : []),
    ],
  });
}

export type Gateway = ReturnType<typeof createGateway>;
