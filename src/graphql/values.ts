// What fields compute from stored columns, shared by the resolvers and the compiled query path so
// both answer alike.

export interface DocumentDateShape {
  start: Date | null;
  end: Date | null;
  precision: 'DAY' | 'MONTH' | 'YEAR' | 'CIRCA' | null;
  asPrinted: string | null;
}

export function documentDate(d: {
  dateStart: Date | null;
  dateEnd: Date | null;
  datePrecision: DocumentDateShape['precision'];
  dateAsPrinted: string | null;
}): DocumentDateShape | null {
  if (!d.dateStart && !d.dateAsPrinted) return null;
  return {
    start: d.dateStart,
    end: d.dateEnd,
    precision: d.datePrecision,
    asPrinted: d.dateAsPrinted,
  };
}

export type SpanKind = 'INSERTION' | 'NARRATION';

export interface TextSpanShape {
  start: number;
  end: number;
  text: string;
}

/** The stored spans of one kind, each with the text it covers (offsets in code points). */
export function spansOf(
  utterance: { text: string; spans: string },
  kind: SpanKind,
): TextSpanShape[] {
  const spans = JSON.parse(utterance.spans) as { kind: SpanKind; start: number; end: number }[];
  if (!spans.some((span) => span.kind === kind)) return [];
  const chars = Array.from(utterance.text);
  return spans
    .filter((span) => span.kind === kind)
    .map(({ start, end }) => ({ start, end, text: chars.slice(start, end).join('') }));
}
