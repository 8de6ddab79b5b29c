// Preloaded into every benchmarked server: counts the SQL statements the process sends and the
// rows the database returns to it (pg and better-sqlite3 alike), and reports them over IPC.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const stats = { statements: 0, rows: 0 };

const pg = require('pg');
const query = pg.Client.prototype.query;
const countRows = (r) => {
  for (const one of Array.isArray(r) ? r : [r]) stats.rows += one?.rows?.length ?? 0;
};
pg.Client.prototype.query = function countedQuery(...args) {
  stats.statements++;
  // pg.Pool passes a callback; Prisma's adapter awaits the promise. Count rows either way.
  const callback = args.at(-1);
  if (typeof callback === 'function') {
    args[args.length - 1] = (error, result) => {
      if (!error) countRows(result);
      return callback(error, result);
    };
  }
  const result = query.apply(this, args);
  if (result && typeof result.then === 'function') {
    result.then(countRows, () => {});
  }
  return result;
};

try {
  const Sqlite = require('better-sqlite3');
  const probe = new Sqlite(':memory:');
  const statement = Object.getPrototypeOf(probe.prepare('SELECT 1'));
  probe.close();
  for (const method of ['all', 'get', 'run', 'iterate']) {
    const original = statement[method];
    statement[method] = function countedStatement(...args) {
      stats.statements++;
      const result = original.apply(this, args);
      if (method === 'all') stats.rows += result.length;
      else if (method === 'get' && result !== undefined) stats.rows += 1;
      return result;
    };
  }
} catch {
  // A server without SQLite has nothing to count there.
}

process.on('message', (message) => {
  if (message === 'reset') {
    stats.statements = 0;
    stats.rows = 0;
    process.send?.({ reset: true });
  } else if (message === 'read') {
    process.send?.({ ...stats });
  }
});
