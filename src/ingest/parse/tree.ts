// What the parse stage produces: the record's parts as printed, each with its place in the file.
// No interpretation happens here: dates stay strings, labels stay unresolved.

export interface Located {
  value: string;
  line: number;
  col: number;
}

export type RecordShape = 'archive-page' | 'memorandum';

export interface ParticipantEntry extends Located {
  /** Participants lists group sides (hosts, guests) with blank lines; groups count from 0. */
  group: number;
}

export type BodyNode =
  | { type: 'turn'; label: Located; text: Located }
  /** A paragraph wholly in parentheses: narration between turns. */
  | { type: 'narration'; text: Located }
  /** A paragraph wholly in square brackets: an editor's note. */
  | { type: 'note'; text: Located }
  /** A paragraph with no label: continues the turn before it, or is running text. */
  | { type: 'paragraph'; text: Located };

export interface RecordTree {
  file: string;
  shape: RecordShape;
  /** "# key: value" lines at the top of a saved page (source address, status). */
  headers: Record<string, Located>;
  /** The title as printed (for archive pages, the quoted title of the citation line). */
  title: Located;
  /** The heading line as printed, when the title is taken from inside it. */
  heading?: Located;
  /** A document number printed before the title ("8."). */
  number?: Located;
  date?: Located;
  place?: Located;
  summary?: Located;
  /** The archive's citation line as printed. */
  citation?: Located;
  /** The sentence naming the funders. */
  funders?: Located;
  /** Languages and formats the archive offers ("English HTML"). */
  formats?: Located;
  participants: ParticipantEntry[];
  body: BodyNode[];
}
