// GraphQL Code Generator: prints the schema from the TypeScript schema module (no server needed)
// into schema.graphql, and types the operations the tests send.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { schema } from './src/graphql/schema/index.js';

const config: CodegenConfig = {
  schema: printSchema(schema),
  documents: ['test/operations/**/*.graphql'],
  generates: {
    'schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: true } },
    'test/generated/operations.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: false,
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
        useTypeImports: true,
      },
    },
  },
};

export default config;
