// The bare node:http server both floors use: one handler per operation route, a pg pool.
import { createServer } from 'node:http';
import pg from 'pg';

export type Handler = (pool: pg.Pool, params: URLSearchParams) => Promise<string>;

export function serve(name: string, routes: Record<string, Handler>): void {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://floor');
    const handler = routes[url.pathname.slice(1)];
    if (!handler) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await handler(pool, url.searchParams);
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const address = server.address();
    console.log(
      `${name} on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    );
  });
  process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
}
