// The Prisma toolchain as this machine can run it (offline, js schema engine):
//   generate            render both provider schemas and generate both clients (runs on install)
//   migration <name>    write the next migration of each provider from the change in the models
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  migrationsDir,
  type Provider,
  providers,
  renderSchema,
  root,
  schemaPath,
} from './prisma-schemas.js';

const prismaBin = join(root, 'node_modules', '.bin', 'prisma');

function prisma(args: string[]): string {
  return execFileSync(prismaBin, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function renderAll(): void {
  for (const provider of providers) {
    mkdirSync(join(root, 'prisma', provider), { recursive: true });
    writeFileSync(schemaPath(provider), renderSchema(provider));
  }
}

function generate(): void {
  renderAll();
  for (const provider of providers) {
    prisma(['generate', '--schema', schemaPath(provider)]);
    console.log(`generated the ${provider} client`);
  }
}

function migrationNames(provider: Provider): string[] {
  const dir = migrationsDir(provider);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

// Each migration keeps the schema it was made from, because this Prisma CLI cannot diff against
// migration history without a shadow database.
function migration(name: string): void {
  if (!/^[a-z0-9_]+$/.test(name))
    throw new Error(`migration name must be snake_case, got "${name}"`);
  renderAll();
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  for (const provider of providers) {
    const previous = migrationNames(provider).at(-1);
    const from = previous
      ? ['--from-schema-datamodel', join(migrationsDir(provider), previous, 'schema.prisma')]
      : ['--from-empty'];
    const sql = prisma([
      'migrate',
      'diff',
      ...from,
      '--to-schema-datamodel',
      schemaPath(provider),
      '--script',
    ]);
    if (!/^\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|PRAGMA)/m.test(sql)) {
      console.log(`${provider}: the models did not change; no migration written`);
      continue;
    }
    const dir = join(migrationsDir(provider), `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), sql);
    writeFileSync(join(dir, 'schema.prisma'), readFileSync(schemaPath(provider), 'utf8'));
    const lock = join(migrationsDir(provider), 'migration_lock.toml');
    if (!existsSync(lock)) writeFileSync(lock, `provider = "${provider}"\n`);
    console.log(`${provider}: wrote ${dir}`);
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'generate') generate();
else if (command === 'migration' && rest[0]) migration(rest[0]);
else {
  console.error('usage: tsx scripts/prisma.ts generate | migration <name>');
  process.exit(2);
}
