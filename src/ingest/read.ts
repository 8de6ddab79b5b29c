// read: files and folders -> sources. Refuses what is not UTF-8 text before any parsing starts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ImportError } from './errors.js';
import type { Source } from './parse/index.js';

/** Extensions picked up when a folder is imported; a file named explicitly is always tried. */
export const recordExtensions = new Set(['.txt']);

/** Expands folders (recursively, in name order) into the record files they hold. */
export function listFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (path: string, explicit: boolean) => {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch {
      throw new ImportError({ file: path, line: 0, col: 0 }, 'no such file or folder');
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith('.')) walk(join(path, entry), false);
      }
    } else if (explicit || recordExtensions.has(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const path of paths) walk(path, true);
  return files;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function lineOfOffset(bytes: Buffer, offset: number): { line: number; col: number } {
  const before = bytes.subarray(0, offset);
  const line = before.filter((b) => b === 0x0a).length + 1;
  const col = offset - before.lastIndexOf(0x0a);
  return { line, col };
}

/** Decodes a file as UTF-8 text with LF line ends, or explains where it is not text. */
export function decodeText(file: string, bytes: Buffer): Source {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ImportError(
      { file, ...lineOfOffset(bytes, nul) },
      'binary file (NUL byte), not a text record',
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const lossy = bytes.toString('utf8');
    const bad = Buffer.from(lossy.slice(0, lossy.indexOf('\uFFFD')), 'utf8').length;
    throw new ImportError(
      { file, ...lineOfOffset(bytes, bad) },
      'not UTF-8 text (invalid byte sequence)',
    );
  }
  return { file, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

export function readSource(file: string): Source {
  return decodeText(file, readFileSync(file));
}
