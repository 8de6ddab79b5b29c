// Renders one Prisma schema per provider from prisma/models.prisma, so the models are written once
// while each provider keeps its own generated client and migrations.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const providers = ['sqlite', 'postgresql'] as const;
export type Provider = (typeof providers)[number];

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const modelsPath = join(root, 'prisma', 'models.prisma');
export const schemaPath = (provider: Provider) => join(root, 'prisma', provider, 'schema.prisma');
export const migrationsDir = (provider: Provider) => join(root, 'prisma', provider, 'migrations');

// The gateway connects through driver adapters; these URLs only satisfy the schema validator.
const placeholderUrl: Record<Provider, string> = {
  sqlite: 'file:./unused.db',
  postgresql: 'postgresql://localhost/unused',
};

// PostgreSQL can load nested relations in one statement (LATERAL joins building JSON); SQLite cannot.
const previewFeatures: Record<Provider, string> = {
  sqlite: '"driverAdapters"',
  postgresql: '"driverAdapters", "relationJoins"',
};

// Pothos needs one set of model types; the SQLite client's are the same shape as PostgreSQL's.
const pothosGenerator = `
generator pothos {
  provider          = "prisma-pothos-types"
  clientOutput      = "./sqlite/client.js"
  output            = "../../src/db/generated/pothos-types.ts"
  generateDatamodel = true
}
`;

export function renderSchema(
  provider: Provider,
  models = readFileSync(modelsPath, 'utf8'),
): string {
  return `// GENERATED from prisma/models.prisma by scripts/prisma-schemas.ts; edit the models there.

generator client {
  provider            = "prisma-client"
  output              = "../../src/db/generated/${provider}"
  engineType          = "client"
  previewFeatures     = [${previewFeatures[provider]}]
  moduleFormat        = "esm"
  importFileExtension = "js"
}
${provider === 'sqlite' ? pothosGenerator : ''}
datasource db {
  provider = "${provider}"
  url      = "${placeholderUrl[provider]}"
}

${models.replace(/^(\/\/[^\n]*\n)+\n?/, '')}`;
}
