// The peer: PostGraphile 5 (amber preset) over the benchmark's PostgreSQL database.
// DATABASE_URL, PORT. Started by bench/run.ts with --import ./polyfill.mjs.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'],
      poolMaxSize: 10,
    }),
  ],
  grafast: { explain: process.env.EXPLAIN === '1' },
  grafserv: { graphiql: false, watch: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).catch((error) => {
  console.error(error);
  process.exit(1);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`postgraphile on http://127.0.0.1:${server.address().port}/graphql`);
});
process.on('SIGTERM', () => server.close(() => pgl.release().then(() => process.exit(0))));
