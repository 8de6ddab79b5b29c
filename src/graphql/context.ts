// The per-request context. The server and the tests build it with the same factory, so a test
// exercises exactly what a request does.
import type { Db } from '../db/client.js';

export interface Context {
  db: Db;
}

export function createContext({ db }: { db: Db }): Context {
  return { db };
}
