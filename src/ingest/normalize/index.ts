// normalize: tree -> records. Pure: the same tree always gives the same records and hash, and
// nothing here reads files, clocks or the database.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { archiveCitation } from '../../domain/citation.js';
import { parseHistoricalDate } from '../../domain/dates.js';
import { normalizeName, slugify, splitNames } from '../../domain/names.js';
import type { Warning } from '../errors.js';
import type { Located, RecordTree } from '../parse/tree.js';
import { readDialogue } from './dialogue.js';
import {
  enrichFromHeadingNames,
  participantRecords,
  participantsFromTitle,
  readParticipantEntry,
} from './participants.js';
import { readCitationLine, readCredits, readFunders, readReference } from './provenance.js';
import type { DocumentRecord, DocumentType } from './records.js';
import { readSeries } from './series.js';

export type { DocumentRecord, PersonRecord, Span } from './records.js';

export interface Normalized {
  record: DocumentRecord;
  /** SHA-256 of the record: equal hashes mean a load has nothing to change. */
  contentHash: string;
  warnings: Warning[];
}

const documentTypes: [RegExp, DocumentType][] = [
  [/\brecord of (?:a |the )?conversation\b/i, 'RECORD_OF_CONVERSATION'],
  [/\bmemorandum of (?:a |the )?conversation\b|\bmemcon\b/i, 'MEMORANDUM_OF_CONVERSATION'],
  [/\bminutes\b/i, 'MINUTES'],
  [/\btelegram\b|\bcable\b/i, 'TELEGRAM'],
  [/\bletter\b/i, 'LETTER'],
  [/\breport\b/i, 'REPORT'],
];

const languages: Record<string, string> = {
  english: 'en',
  chinese: 'zh',
  russian: 'ru',
  german: 'de',
  french: 'fr',
  korean: 'ko',
  japanese: 'ja',
  vietnamese: 'vi',
  polish: 'pl',
  hungarian: 'hu',
  romanian: 'ro',
  czech: 'cs',
  bulgarian: 'bg',
  mongolian: 'mn',
  spanish: 'es',
  italian: 'it',
  albanian: 'sq',
};

// The path of a source address names the record: /historicaldocuments/frus1969-76v18/d8.
const genericPathSegments = new Set([
  'historicaldocuments',
  'document',
  'documents',
  'record',
  'records',
]);

export function slugFor(tree: RecordTree): string {
  const url = tree.headers.source?.value;
  if (url) {
    try {
      const segments = new URL(url).pathname
        .split('/')
        .filter((s) => s && !genericPathSegments.has(s));
      const slug = slugify(segments.join('-'));
      if (slug) return slug;
    } catch {
      // Not a URL: the file name below still names the record.
    }
  }
  return slugify(basename(tree.file, extname(tree.file)));
}

function text(located: Located | undefined): string | null {
  return located?.value.trim() || null;
}

export function normalize(tree: RecordTree): Normalized {
  const warnings: Warning[] = [];
  const warn = (at: Located, message: string) =>
    warnings.push({ file: tree.file, line: at.line, col: at.col, message });

  const citation = tree.citation ? readCitationLine(tree.citation.value) : undefined;
  const dateText = text(tree.date) ?? citation?.date ?? null;
  const date = dateText ? parseHistoricalDate(dateText) : undefined;
  if (tree.date && !date)
    warn(tree.date, `cannot read the date "${tree.date.value}"; stored as printed only`);

  const sourceUrl = text(tree.headers.source);
  const series = readSeries(sourceUrl);
  const documentNumber = text(tree.number) ?? series?.documentNumber ?? null;

  // Participants, then every turn's label resolved against them.
  const drafts = tree.participants.length
    ? tree.participants.map(readParticipantEntry)
    : participantsFromTitle(tree.title.value);
  const headingNames = tree.heading ? splitNames(tree.heading.value.split(/["“]/)[0] ?? '') : [];
  enrichFromHeadingNames(drafts, headingNames);

  const utterances = readDialogue(tree.body, drafts, warn);
  const { persons, participants } = participantRecords(drafts, (draft) => {
    const at = tree.participants.find((entry) => entry.value === draft.asPrinted) ?? tree.title;
    warn(at, `"${draft.name}" is listed twice among the participants; kept once`);
  });

  const record: DocumentRecord = {
    slug: slugFor(tree),
    title: tree.title.value,
    type: documentTypes.find(([pattern]) => pattern.test(tree.title.value))?.[1] ?? 'OTHER',
    date: date ?? null,
    dateAsPrinted: dateText,
    place: text(tree.place),
    summary: text(tree.summary),
    language: languages[tree.formats?.value.split(/\s+/)[0]?.toLowerCase() ?? ''] ?? 'en',
    sourceUrl,
    publisher: citation?.publisher ?? series?.publisher ?? null,
    series: series?.series ?? null,
    documentNumber,
    archivalReferences: citation?.reference ? [readReference(citation.reference)] : [],
    contributions: (citation?.credits ? readCredits(citation.credits) : []).map(
      ({ role, name }) => ({
        role,
        contributor: { key: normalizeName(name), name },
      }),
    ),
    funders: (tree.funders ? readFunders(tree.funders.value) : []).map((name) => ({
      key: normalizeName(name),
      name,
    })),
    persons,
    participants,
    utterances,
  };

  if (tree.citation) {
    const rebuilt = archiveCitation({
      ...record,
      references: record.archivalReferences,
      contributions: record.contributions.map((c) => ({ role: c.role, name: c.contributor.name })),
    });
    if (rebuilt !== tree.citation.value) {
      warn(
        tree.citation,
        `the citation rebuilt from the parsed fields differs from the printed one: ${rebuilt}`,
      );
    }
  }

  const contentHash = createHash('sha256').update(JSON.stringify(record)).digest('hex');
  return { record, contentHash, warnings };
}
