// The shared corpus and the project's seeds, as tests read them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const seedsDir = join(root, 'seeds');
export const fixturesDir = join(root, 'test', 'fixtures');
export const foundingDocumentFile = join(
  seedsDir,
  'record-of-conversation-1964-03-20-liu-zhou-pak.txt',
);
export const foundingSlug = 'record-of-conversation-1964-03-20-liu-zhou-pak';
