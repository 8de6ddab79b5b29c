// parse: text -> tree. Picks the reader for the record's shape and keeps line numbers throughout.
import { ImportError } from '../errors.js';
import { isArchivePage, parseArchivePage } from './archive-page.js';
import { type Line, located, splitLines } from './lines.js';
import { parseMemorandum } from './memorandum.js';
import type { RecordTree } from './tree.js';

export type { BodyNode, Located, ParticipantEntry, RecordShape, RecordTree } from './tree.js';

export interface Source {
  /** How the file is named in messages: the path as the user gave it. */
  file: string;
  text: string;
}

/** "# source: https://..." lines that whoever saved the page put above it. */
function readHeaders(lines: Line[]): RecordTree['headers'] {
  const headers: RecordTree['headers'] = {};
  for (const line of lines) {
    if (!line.text.trim()) continue;
    const match = /^#\s*([a-z][\w-]*):\s*(.+)$/i.exec(line.text);
    if (!match?.[1] || !match[2]) break;
    headers[match[1].toLowerCase()] = located(line, line.text.length - match[2].length);
  }
  return headers;
}

export function parse(source: Source): RecordTree {
  const lines = splitLines(source.text);
  if (!source.text.trim())
    throw new ImportError({ file: source.file, line: 1, col: 1 }, 'the file is empty');
  const headers = readHeaders(lines);
  return isArchivePage(source.text)
    ? parseArchivePage(source.file, lines, headers)
    : parseMemorandum(source.file, lines, headers);
}
