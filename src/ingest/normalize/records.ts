// What normalize produces and load stores: plain data, keyed by natural keys, with no database ids.
import type { ContributionRole } from '../../domain/citation.js';
import type { DatePrecision } from '../../domain/dates.js';

export type DocumentType =
  | 'RECORD_OF_CONVERSATION'
  | 'MEMORANDUM_OF_CONVERSATION'
  | 'TELEGRAM'
  | 'LETTER'
  | 'MINUTES'
  | 'REPORT'
  | 'OTHER';

export type NameVariantType = 'FULL_NAME' | 'SURNAME' | 'ROMANIZATION' | 'LABEL';
export type UtteranceKind = 'SPEECH' | 'STAGE_DIRECTION' | 'NOTE' | 'PARAGRAPH';
export type SpanKind = 'INSERTION' | 'NARRATION';

export interface Span {
  kind: SpanKind;
  /** Offsets in Unicode code points into the utterance text; end is exclusive. */
  start: number;
  end: number;
}

export interface PersonRecord {
  /** Normalized full name: the natural key. */
  key: string;
  name: string;
  variants: { type: NameVariantType; name: string }[];
}

export interface DocumentRecord {
  slug: string;
  title: string;
  type: DocumentType;
  date: { start: string; end: string; precision: DatePrecision } | null;
  dateAsPrinted: string | null;
  place: string | null;
  summary: string | null;
  language: string;
  sourceUrl: string | null;
  publisher: string | null;
  series: string | null;
  documentNumber: string | null;
  archivalReferences: {
    archive: { key: string; name: string; abbreviation: string | null } | null;
    fileNumber: string | null;
    pages: string | null;
    asPrinted: string;
  }[];
  contributions: { role: ContributionRole; contributor: { key: string; name: string } }[];
  funders: { key: string; name: string }[];
  persons: PersonRecord[];
  participants: {
    personKey: string;
    title: string | null;
    description: string | null;
    asPrinted: string;
  }[];
  utterances: {
    kind: UtteranceKind;
    label: string | null;
    speakerKey: string | null;
    text: string;
    spans: Span[];
    sourceLine: number;
  }[];
}
