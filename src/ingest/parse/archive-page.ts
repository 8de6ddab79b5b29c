// An archive page as a reader saves it (the Wilson Center Digital Archive's layout): navigation and
// sharing furniture around a date, a funders sentence, a summary, the citation line, a line of
// available formats, and then the record itself.
import { ImportError } from '../errors.js';
import { bodyNodes, type Line, located } from './lines.js';
import type { Located, RecordTree } from './tree.js';

const furniture = [
  /^search in$/i,
  /^digital archive\b.*declassified$/i,
  /^[•·*-]?\s*citation$/i,
  /^get citation$/i,
  /^[•·*-]?\s*share document$/i,
  /^[•·*-]?\s*(download|print|email)( document)?$/i,
];

export function isArchivePage(text: string): boolean {
  return (
    /^\s*[•·*-]?\s*get citation\s*$/im.test(text) ||
    /^Digital Archive International History Declassified/m.test(text)
  );
}

const funderSentence = /^this document was made possible with support from\b/i;
const citationLine = /^["“].+?,["”]\s/;
// "English HTML", "Chinese PDF", "English Translation Russian Original Scan": what the page offers.
const formatLine =
  /^(?:[A-Z][a-z]+ )+(?:HTML|PDF|Transcript|Transcription|Translation|Scan|Original Scan)\b(?:\s+[A-Z][A-Za-z]+)*$/;
const datePattern =
  /^(?:c\.\s*|circa\s+)?(?:[A-Z][a-z]+\.? \d{1,2}(?:-\d{1,2})?, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}|\d{4})$/;

export function parseArchivePage(
  file: string,
  lines: Line[],
  headers: RecordTree['headers'],
): RecordTree {
  let date: Located | undefined;
  let funders: Located | undefined;
  let summary: Located | undefined;
  let citation: Located | undefined;
  let formats: Located | undefined;
  let bodyStart = -1;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const content = line.text.trim();
    if (!content || line.text.startsWith('#') || furniture.some((pattern) => pattern.test(content)))
      continue;
    if (!citation && !date && datePattern.test(content)) date = located(line);
    else if (funderSentence.test(content)) funders = located(line);
    else if (!citation && citationLine.test(content)) citation = located(line);
    else if (citation && formatLine.test(content)) {
      formats = located(line);
      bodyStart = i + 1;
      break;
    } else if (!citation && !summary) summary = located(line);
    else if (citation) {
      // No format line: the record starts right after the citation block.
      bodyStart = i;
      break;
    }
  }

  if (!citation) {
    throw new ImportError(
      { file, line: 1, col: 1 },
      'archive page without a citation line; expected one like: "Title," Date, Publisher, Archive reference.',
    );
  }
  const titleMatch = /^["“](.+?),?["”]/.exec(citation.value);
  const title: Located = {
    value: (titleMatch?.[1] ?? '').replace(/,$/, ''),
    line: citation.line,
    col: citation.col + 1,
  };
  const body = bodyStart < 0 ? [] : bodyNodes(lines.slice(bodyStart));
  if (body.length === 0) {
    throw new ImportError(
      { file, line: (formats ?? citation).line + 1, col: 1 },
      'archive page has no record text after its citation',
    );
  }
  return {
    file,
    shape: 'archive-page',
    headers,
    title,
    ...(date && { date }),
    ...(summary && { summary }),
    citation,
    ...(funders && { funders }),
    ...(formats && { formats }),
    participants: [],
    body,
  };
}
