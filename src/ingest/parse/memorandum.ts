// A memorandum of conversation as plain text: a heading (perhaps numbered, perhaps with a footnote
// digit or the title in quotes), a preamble of participants (a bullet list or a PARTICIPANTS:
// block), DATE AND TIME / PLACE fields, then the turns and the narration between them.
import { ImportError } from '../errors.js';
import { bodyNodes, isSpeakerLabel, type Line, located } from './lines.js';
import type { Located, ParticipantEntry, RecordTree } from './tree.js';

const field = /^([A-Z][A-Z .&/]{2,}):\s*(.*)$/;
const bullet = /^\s*[•·*–-]\s+(.*)$/;
const standaloneDate =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, )?(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})$/;
const recordWords =
  /\b(memorandum|record|minutes|conversation|telegram|cable|letter|report|notes|transcript)\b/i;

interface Heading {
  title: Located;
  heading?: Located;
  number?: Located;
  date?: Located;
}

function readHeading(line: Line): Heading {
  const whole = located(line);
  let text = whole.value;
  let col = whole.col;
  let number: Located | undefined;
  const numbered = /^(\d+)\.\s+/.exec(text);
  if (numbered?.[1]) {
    number = { value: numbered[1], line: line.n, col };
    col += numbered[0].length;
    text = text.slice(numbered[0].length);
  }
  // A footnote marker is a number glued to the last word: "Conversation1".
  text = text.replace(/(?<=[\p{L}.)])\d{1,3}$/u, '');
  const quoted = /["“](.+?),?["”],?\s*(.*)$/.exec(text);
  if (quoted?.[1] !== undefined && quoted.index !== undefined) {
    const titleCol = col + quoted.index + 1;
    const after = quoted[2]?.trim();
    return {
      title: { value: quoted[1].replace(/,$/, ''), line: line.n, col: titleCol },
      heading: whole,
      ...(number && { number }),
      ...(after && { date: { value: after, line: line.n, col: col + text.length - after.length } }),
    };
  }
  return { title: { value: text.trim(), line: line.n, col }, ...(number && { number }) };
}

function opensBody(content: string): boolean {
  if (content.startsWith('(') || content.startsWith('[')) return true;
  const label = /^([^:]{1,90}?):\s+\S/.exec(content)?.[1];
  return label !== undefined && !field.test(content) && isSpeakerLabel(label);
}

export function parseMemorandum(
  file: string,
  lines: Line[],
  headers: RecordTree['headers'],
): RecordTree {
  const first = lines.findIndex((line) => line.text.trim() && !line.text.startsWith('#'));
  if (first < 0) throw new ImportError({ file, line: 1, col: 1 }, 'the file has no text');
  const headingLine = lines[first] as Line;
  const heading = readHeading(headingLine);
  const fields: Record<string, Located> = {};
  const participants: ParticipantEntry[] = [];
  let summary: Located | undefined;
  let standalone: Located | undefined;
  let group = 0;
  let blankSinceEntry = false;
  let openField: string | undefined;
  let bodyStart = lines.length;

  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    const content = line.text.trim();
    if (!content) {
      if (participants.length) blankSinceEntry = true;
      continue;
    }
    const indented = /^\s/.test(line.text);
    const fieldMatch = field.exec(content);
    const bulletMatch = bullet.exec(line.text);
    if (fieldMatch?.[1] && !indented) {
      openField = fieldMatch[1].trim().toUpperCase();
      const value = fieldMatch[2] ?? '';
      if (openField === 'PARTICIPANTS' || openField === 'PRESENT') {
        if (value) participants.push({ ...located(line, line.text.length - value.length), group });
      } else if (value) fields[openField] = located(line, line.text.length - value.length);
      blankSinceEntry = false;
    } else if (bulletMatch?.[1] || (indented && openField && !opensBody(content))) {
      const isParticipant =
        bulletMatch?.[1] !== undefined || openField === 'PARTICIPANTS' || openField === 'PRESENT';
      if (!isParticipant) continue;
      if (blankSinceEntry && participants.length) group++;
      const from = bulletMatch?.[1] ? line.text.length - bulletMatch[1].length : 0;
      participants.push({ ...located(line, from), group });
      blankSinceEntry = false;
    } else if (opensBody(content)) {
      bodyStart = i;
      break;
    } else {
      openField = undefined;
      if (!standalone && standaloneDate.test(content)) standalone = located(line);
      else if (!summary) summary = located(line);
      else {
        bodyStart = i;
        break;
      }
    }
  }

  const body = bodyNodes(lines.slice(bodyStart));
  const hasTurns = body.some((node) => node.type === 'turn');
  if (!hasTurns && !recordWords.test(heading.title.value)) {
    throw new ImportError(
      { file, line: headingLine.n, col: 1 },
      `not a record: "${heading.title.value.slice(0, 60)}" names no record type and no speaker turns ("Label: text") follow`,
    );
  }
  if (body.length === 0) {
    throw new ImportError(
      { file, line: headingLine.n, col: 1 },
      'the record has a heading but no text',
    );
  }
  const date = fields['DATE AND TIME'] ?? fields.DATE ?? standalone ?? heading.date;
  const place = fields.PLACE;
  return {
    file,
    shape: 'memorandum',
    headers,
    title: heading.title,
    ...(heading.heading && { heading: heading.heading }),
    ...(heading.number && { number: heading.number }),
    ...(date && { date }),
    ...(place && { place }),
    ...(summary && { summary }),
    participants,
    body,
  };
}
