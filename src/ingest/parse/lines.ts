// Line-level reading shared by every text shape: numbered lines, paragraphs, and the one rule
// that decides whether a paragraph opens with a speaker label.
import type { BodyNode, Located } from './tree.js';

export interface Line {
  /** 1-based line number in the file. */
  n: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  return text.split('\n').map((line, i) => ({ n: i + 1, text: line.replace(/\s+$/, '') }));
}

/** The trimmed content of a line, with the 1-based column where it starts. */
export function located(line: Line, from = 0): Located {
  const rest = line.text.slice(from);
  const lead = rest.length - rest.trimStart().length;
  return { value: rest.trim(), line: line.n, col: from + lead + 1 };
}

// Words a speaker label may hold in lower case: particles of names and titles.
const lowerCaseLabelWords = new Set([
  'of',
  'the',
  'for',
  'and',
  'de',
  'del',
  'der',
  'van',
  'von',
  'la',
  'le',
  'du',
  'da',
  'bin',
  'al',
  'to',
  'on',
]);

/**
 * A label is short, and every word outside square brackets is capitalized or a particle, so
 * "Chairman Liu [Shaoqi]" and "P.M. Chou" are labels while "We said: no" is speech.
 */
export function isSpeakerLabel(label: string): boolean {
  if (label.length === 0 || label.length > 90) return false;
  if (/[?!;"“”]/.test(label) || /,\s/.test(label)) return false;
  const outsideBrackets = label.replace(/\[[^\]]*\]/g, ' ').trim();
  const words = outsideBrackets.split(/\s+/).filter(Boolean);
  if (words.length === 0) return /^\[[^\]]+\]$/.test(label.trim());
  if (words.length > 10) return false;
  return words.every(
    (word) => /^[\p{Lu}\p{Lt}(]/u.test(word) || lowerCaseLabelWords.has(word.toLowerCase()),
  );
}

const labelled = /^([^:]{1,90}?):\s+(\S.*)$/u;

/** Classifies one paragraph of a record's body. */
export function bodyNode(line: Line, text: string, col: number): BodyNode {
  const match = labelled.exec(text);
  if (match?.[1] && match[2] && isSpeakerLabel(match[1])) {
    const label = match[1];
    const textCol = col + text.length - match[2].length;
    return {
      type: 'turn',
      label: { value: label.trim(), line: line.n, col },
      text: { value: match[2].trim(), line: line.n, col: textCol },
    };
  }
  const value = { value: text, line: line.n, col };
  if (/^\(.*\)\.?$/s.test(text) && balanced(text, '(', ')'))
    return { type: 'narration', text: value };
  if (/^\[.*\]\.?$/s.test(text) && balanced(text, '[', ']')) return { type: 'note', text: value };
  return { type: 'paragraph', text: value };
}

// "(a) and (b)" opens and closes twice: it is not one parenthesis around the whole paragraph.
function balanced(text: string, open: string, close: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close) {
      depth--;
      if (depth === 0 && i < text.replace(/\.$/, '').length - 1) return false;
    }
  }
  return depth === 0;
}

/**
 * Groups body lines into paragraphs: blank lines separate them, and a line that opens with a
 * speaker label starts a new one even without a blank line before it.
 */
export function bodyNodes(lines: readonly Line[]): BodyNode[] {
  const nodes: BodyNode[] = [];
  let start: Line | undefined;
  let parts: string[] = [];
  let col = 1;
  const flush = () => {
    if (start && parts.length) nodes.push(bodyNode(start, parts.join(' '), col));
    start = undefined;
    parts = [];
  };
  for (const line of lines) {
    const content = line.text.trim();
    if (!content) {
      flush();
      continue;
    }
    const match = labelled.exec(content);
    if (start && match?.[1] && isSpeakerLabel(match[1])) flush();
    if (!start) {
      start = line;
      col = line.text.length - line.text.trimStart().length + 1;
    }
    parts.push(content);
  }
  flush();
  return nodes;
}
