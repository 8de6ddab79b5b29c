// npm run bench [-- --quick] [--documents N] [--seed S] [--keep]
// One run, one PostgreSQL database made for it (by our migrations, dropped at the end): our
// gateway on PostgreSQL and on SQLite, PostGraphile 5, and two floors, on the same generated
// archive. Answers are checked equal before any load; then closed-loop throughput and fixed-rate
// latency, servers interleaved, medians over rounds. Prints a markdown table of ratios to the
// one-statement floor and writes bench/results/latest.json (and a dated copy).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { bulkLoad } from '../scripts/generate/bulk-load.js';
import { generateCorpus } from '../scripts/generate/corpus.js';
import { migrate } from '../src/db/migrate.js';
import { normalize } from '../src/ingest/normalize/index.js';
import { parse } from '../src/ingest/parse/index.js';
import {
  type Operation,
  type OperationName,
  operations,
  type Request,
  type Targets,
} from './operations.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    documents: { type: 'string' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean' },
    server: { type: 'string' },
  },
});
const quick = Boolean(args.quick);
const settings = {
  documents: Number(args.documents ?? (quick ? 1000 : 10_000)),
  seed: Number(args.seed),
  rounds: quick ? 1 : 3,
  seconds: quick ? 2 : 3,
  warmupSeconds: quick ? 0.5 : 1,
  connections: 10,
};
const serverUrl = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

type ServerName =
  | 'gateway-postgresql'
  | 'gateway-sqlite'
  | 'postgraphile'
  | 'floor-sql'
  | 'floor-batched';

interface Server {
  name: ServerName;
  url: string;
  child: ChildProcess;
  request(operation: Operation, targets: Targets, i: number): Request;
  canonical(operation: Operation, body: unknown): unknown;
}

const log = (...parts: unknown[]) =>
  console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);

// ---------------------------------------------------------------------------------------------
// Setup: a database for the run, filled by the generator through our migrations.

async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `archive_gateway_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

async function findTargets(url: string): Promise<Omit<Targets, 'postgraphileOrderDigest'>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = async (sql: string) => (await client.query(sql)).rows;
  // The founding document's shape: provenance, credits, several participants, 50 turns and more.
  const [document] =
    await q(`SELECT d.id FROM "Document" d WHERE EXISTS (SELECT 1 FROM "ArchivalReference" r WHERE r."documentId" = d.id)
    AND (SELECT count(*) FROM "Utterance" u WHERE u."documentId" = d.id) >= 60
    AND (SELECT count(*) FROM "Participant" p WHERE p."documentId" = d.id) >= 3 ORDER BY d.id LIMIT 1`);
  const [person] = await q(
    'SELECT "speakerId" AS id FROM "Utterance" WHERE "speakerId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1',
  );
  const starts = await q(
    'SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Utterance") x WHERE n % 200 = 0 ORDER BY id',
  );
  await client.query('VACUUM ANALYZE');
  await client.end();
  return {
    documentId: document.id,
    personId: person.id,
    harvestAfter: [0, ...starts.map((s) => s.id as number)],
  };
}

// ---------------------------------------------------------------------------------------------
// Servers: each in its own process, with the probe preloaded to count statements and rows.

function start(
  name: ServerName,
  script: string,
  env: Record<string, string>,
  imports: string[],
): Promise<ChildProcess & { url: string }> {
  const child = spawn(
    process.execPath,
    [...imports.flatMap((i) => ['--import', i]), '--import', './bench/servers/probe.mjs', script],
    {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (http:\/\/(?:127\.0\.0\.1|localhost):\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(Object.assign(child, { url: match[1] }));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}):\n${output}`)));
  });
}

function ask(
  child: ChildProcess,
  message: 'reset' | 'read',
): Promise<{ statements: number; rows: number }> {
  return new Promise((resolve) => {
    child.once('message', (reply) => resolve(reply as { statements: number; rows: number }));
    child.send(message);
  });
}

function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function resetPeakRss(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Without permission the peak covers the whole run instead of one operation.
  }
}

async function send(server: Server, request: Request): Promise<{ body: unknown; bytes: number }> {
  const response = await fetch(`${server.url}${request.path}`, {
    method: request.method,
    headers: { 'content-type': 'application/json' },
    ...(request.body && { body: request.body }),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${server.name} answered ${response.status}: ${text.slice(0, 300)}`);
  return { body: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

// ---------------------------------------------------------------------------------------------
// Measurement.

interface Sample {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  cpuMsPerRequest: number;
  peakRssMb: number;
}

function load(
  server: Server,
  operation: Operation,
  targets: Targets,
  seconds: number,
  rate?: number,
) {
  let i = 0;
  const first = server.request(operation, targets, 0);
  return autocannon({
    url: server.url,
    connections: settings.connections,
    duration: seconds,
    timeout: 30,
    ...(rate && { overallRate: rate }),
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: first.method,
        path: first.path,
        ...(first.body && { body: first.body }),
        setupRequest: (request) => {
          const next = server.request(operation, targets, i++);
          return { ...request, path: next.path, ...(next.body && { body: next.body }) };
        },
      },
    ],
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

async function main(): Promise<number> {
  const started = Date.now();
  log(
    `bench: ${settings.documents} documents, seed ${settings.seed}, ${settings.rounds} round(s) of ${settings.seconds} s per server and operation`,
  );
  const database = await createDatabase();
  const sqliteDir = mkdtempSync(join(tmpdir(), 'archive-gateway-bench-'));
  const sqliteUrl = `file:${join(sqliteDir, 'bench.db')}`;
  const children: ChildProcess[] = [];
  try {
    await migrate(database.url);
    await migrate(sqliteUrl);
    const records = [...generateCorpus({ documents: settings.documents, seed: settings.seed })].map(
      (d) => normalize(parse(d)),
    );
    const loaded = await bulkLoad(database.url, records);
    await bulkLoad(sqliteUrl, records);
    records.length = 0;
    log(
      `loaded ${loaded.documents} documents, ${loaded.utterances} utterances into PostgreSQL and SQLite`,
    );
    const found = await findTargets(database.url);

    const emptySeeds = mkdtempSync(join(tmpdir(), 'archive-gateway-bench-seeds-'));
    const gatewayEnv = { SEED_DIR: emptySeeds, DATABASE_POOL_SIZE: '10' };
    const [gatewayPg, gatewaySqlite, postgraphile, floorSql, floorBatched] = await Promise.all([
      start(
        'gateway-postgresql',
        'src/http/server.ts',
        { ...gatewayEnv, DATABASE_URL: database.url },
        ['tsx'],
      ),
      start('gateway-sqlite', 'src/http/server.ts', { ...gatewayEnv, DATABASE_URL: sqliteUrl }, [
        'tsx',
      ]),
      start('postgraphile', 'bench/servers/postgraphile.mjs', { DATABASE_URL: database.url }, [
        './bench/servers/polyfill.mjs',
      ]),
      start('floor-sql', 'bench/servers/floor-sql.ts', { DATABASE_URL: database.url }, ['tsx']),
      start('floor-batched', 'bench/servers/floor-batched.ts', { DATABASE_URL: database.url }, [
        'tsx',
      ]),
    ]);
    children.push(gatewayPg, gatewaySqlite, postgraphile, floorSql, floorBatched);
    const gateway = (name: ServerName, child: ChildProcess & { url: string }): Server => ({
      name,
      url: child.url,
      child,
      request: (o, t, i) => o.gateway(t, i),
      canonical: (_o, body) => (body as { data: unknown }).data,
    });
    const floor = (name: ServerName, child: ChildProcess & { url: string }): Server => ({
      name,
      url: child.url,
      child,
      request: (o, t, i) => o.floor(t, i),
      canonical: (_o, body) => (body as { data: unknown }).data,
    });
    let servers: Server[] = [
      gateway('gateway-postgresql', gatewayPg),
      gateway('gateway-sqlite', gatewaySqlite),
      {
        name: 'postgraphile',
        url: postgraphile.url,
        child: postgraphile,
        request: (o, t, i) => o.postgraphile(t, i),
        canonical: (o, body) =>
          o.fromPostgraphile((body as { data: Record<string, unknown> }).data),
      },
      floor('floor-sql', floorSql),
      floor('floor-batched', floorBatched),
    ];
    if (args.server)
      servers = servers.filter((s) => s.name === args.server || s.name === 'floor-sql');
    const digestPage = await send(
      servers.find((s) => s.name === 'postgraphile') ?? (servers[0] as Server),
      {
        method: 'POST',
        path: '/graphql',
        body: JSON.stringify({
          query: '{ allUtterances(first: 1, orderBy: PRIMARY_KEY_ASC) { pageInfo { endCursor } } }',
        }),
      },
    ).catch(() => undefined);
    const cursor = (
      digestPage?.body as { data?: { allUtterances?: { pageInfo: { endCursor: string } } } }
    )?.data?.allUtterances?.pageInfo.endCursor;
    const targets: Targets = {
      ...found,
      postgraphileOrderDigest: cursor
        ? (JSON.parse(Buffer.from(cursor, 'base64').toString()) as [string])[0]
        : '',
    };
    log(
      `servers up; document ${targets.documentId}, person ${targets.personId}, ${targets.harvestAfter.length} harvest pages`,
    );

    // The same data from every server, before any load.
    const bytes = new Map<string, number>();
    for (const operation of operations) {
      const pages =
        operation.name === 'harvest-paging'
          ? [0, 1, Math.floor(targets.harvestAfter.length / 2), targets.harvestAfter.length - 1]
          : [0];
      for (const page of pages) {
        const answers = await Promise.all(
          servers.map(async (server) => ({
            server,
            ...(await send(server, server.request(operation, targets, page))),
          })),
        );
        const reference = answers.find((a) => a.server.name === 'floor-sql') ?? answers[0];
        for (const answer of answers) {
          const errors = (answer.body as { errors?: unknown[] }).errors;
          if (errors?.length)
            throw new Error(
              `${answer.server.name} ${operation.name}: ${JSON.stringify(errors).slice(0, 500)}`,
            );
          bytes.set(`${answer.server.name}/${operation.name}`, answer.bytes);
          const difference = firstDifference(
            reference?.server.canonical(operation, reference.body),
            answer.server.canonical(operation, answer.body),
          );
          if (difference)
            throw new Error(
              `${answer.server.name} answers ${operation.name} differently from ${reference?.server.name}: ${difference}`,
            );
        }
      }
    }
    log('every server returns the same data for every operation');

    // Statements and rows per request, counted inside each server over a few sequential requests.
    const counted = new Map<string, { statements: number; rows: number }>();
    for (const operation of operations) {
      for (const server of servers) {
        await ask(server.child, 'reset');
        const n = 5;
        for (let i = 0; i < n; i++) await send(server, server.request(operation, targets, i));
        await new Promise((r) => setTimeout(r, 50));
        const stats = await ask(server.child, 'read');
        counted.set(`${server.name}/${operation.name}`, {
          statements: stats.statements / n,
          rows: stats.rows / n,
        });
      }
    }

    const samples = new Map<string, Sample[]>();
    for (let round = 0; round < settings.rounds; round++) {
      for (const operation of operations) {
        // Interleaved: each round starts with a different server, so drift hits all alike.
        const order = servers.map((_, i) => servers[(i + round) % servers.length] as Server);
        const closed = new Map<
          ServerName,
          { reqPerSec: number; errors: number; cpuMsPerRequest: number; peakRssMb: number }
        >();
        for (const server of order) {
          const pid = server.child.pid as number;
          if (round === 0) await load(server, operation, targets, settings.warmupSeconds);
          resetPeakRss(pid);
          const cpuBefore = cpuMs(pid);
          const result = await load(server, operation, targets, settings.seconds);
          closed.set(server.name, {
            reqPerSec: result.requests.average,
            errors: result.errors + result.timeouts + result.non2xx,
            cpuMsPerRequest: (cpuMs(pid) - cpuBefore) / Math.max(1, result.requests.total),
            peakRssMb: peakRssMb(pid),
          });
        }
        const rate = Math.max(1, Math.round((closed.get('floor-sql')?.reqPerSec ?? 100) / 2));
        for (const server of order) {
          const result = await load(server, operation, targets, settings.seconds, rate);
          const c = closed.get(server.name);
          const key = `${server.name}/${operation.name}`;
          samples.set(key, [
            ...(samples.get(key) ?? []),
            {
              reqPerSec: c?.reqPerSec ?? 0,
              p50Ms: result.latency.p50,
              p99Ms: result.latency.p99,
              errors: (c?.errors ?? 0) + result.errors + result.timeouts + result.non2xx,
              cpuMsPerRequest: c?.cpuMsPerRequest ?? 0,
              peakRssMb: c?.peakRssMb ?? 0,
            },
          ]);
        }
        log(
          `round ${round + 1}/${settings.rounds} ${operation.name}: floor-sql ${closed.get('floor-sql')?.reqPerSec.toFixed(0)} req/s, fixed rate ${rate}/s`,
        );
      }
    }

    const rows = operations.flatMap((operation) =>
      servers.map((server) => {
        const key = `${server.name}/${operation.name}`;
        const list = samples.get(key) ?? [];
        const pick = (field: keyof Sample) => median(list.map((s) => s[field]));
        return {
          operation: operation.name as OperationName,
          server: server.name,
          reqPerSec: round1(pick('reqPerSec')),
          p50Ms: round1(pick('p50Ms')),
          p99Ms: round1(pick('p99Ms')),
          sqlStatementsPerRequest: round1(counted.get(key)?.statements ?? 0),
          rowsReadPerRequest: round1(counted.get(key)?.rows ?? 0),
          cpuMsPerRequest: round2(pick('cpuMsPerRequest')),
          peakRssMb: round1(Math.max(...list.map((s) => s.peakRssMb))),
          errors: list.reduce((sum, s) => sum + s.errors, 0),
          bytesPerResponse: bytes.get(key) ?? 0,
        };
      }),
    );
    const meta = {
      date: new Date().toISOString(),
      ...settings,
      elapsedSeconds: Math.round((Date.now() - started) / 1000),
    };
    printTable(rows, meta);
    const dir = join(root, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const json = `${JSON.stringify(rows, null, 2)}\n`;
    writeFileSync(join(dir, 'latest.json'), json);
    writeFileSync(
      join(dir, `${meta.date.slice(0, 19).replace(/:/g, '-')}${quick ? '-quick' : ''}.json`),
      json,
    );
    return rows.some((r) => r.errors > 0) ? 1 : 0;
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (!args.keep) await database.drop();
    rmSync(sqliteDir, { recursive: true, force: true });
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

type Row = { operation: OperationName; server: ServerName } & Record<string, number | string>;

function printTable(rows: Row[], meta: Record<string, unknown>): void {
  const ratio = (value: number, floor: number) =>
    floor ? `${value} (${(value / floor).toFixed(2)}×)` : String(value);
  const lines = [
    `Benchmark ${meta.date}: ${meta.documents} documents, ${meta.rounds} round(s), ${meta.seconds} s per measurement, ${meta.connections} connections; ratios to floor-sql in parentheses; run took ${meta.elapsedSeconds} s.`,
    '',
    '| operation | server | req/s | p50 ms | p99 ms | SQL/req | rows/req | CPU ms/req | peak RSS MB | errors | bytes |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const floor = rows.find(
      (r) => r.operation === row.operation && r.server === 'floor-sql',
    ) as Row;
    const n = (key: string) => Number(row[key]);
    const f = (key: string) => Number(floor[key]);
    lines.push(
      `| ${row.operation} | ${row.server} | ${ratio(n('reqPerSec'), f('reqPerSec'))} | ${ratio(n('p50Ms'), f('p50Ms'))} | ${ratio(n('p99Ms'), f('p99Ms'))} | ${n('sqlStatementsPerRequest')} | ${n('rowsReadPerRequest')} | ${ratio(n('cpuMsPerRequest'), f('cpuMsPerRequest'))} | ${ratio(n('peakRssMb'), f('peakRssMb'))} | ${n('errors')} | ${n('bytesPerResponse')} |`,
    );
  }
  console.log(lines.join('\n'));
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`bench failed: ${error.message}`);
    process.exit(1);
  },
);
