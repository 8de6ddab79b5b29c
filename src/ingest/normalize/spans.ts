// Editorial insertions ("[Communist]") and inline narration ("(Chinese laugh.)") stay in the text
// as printed; spans mark them so a reader can show, hide or style them.
import type { Span, SpanKind } from './records.js';

/**
 * Finds top-level [...] and, when asked, (...) spans. Offsets count Unicode code points (as the W3C
 * Web Annotation TextPositionSelector does), so they mean the same in every client language.
 */
export function findSpans(text: string, kinds: { narration: boolean }): Span[] {
  if (!text.includes('[') && !(kinds.narration && text.includes('('))) return [];
  const chars = Array.from(text);
  const spans: Span[] = [];
  const pairs: Record<string, { close: string; kind: SpanKind }> = {
    '[': { close: ']', kind: 'INSERTION' },
  };
  if (kinds.narration) pairs['('] = { close: ')', kind: 'NARRATION' };
  let i = 0;
  while (i < chars.length) {
    const pair = pairs[chars[i] as string];
    if (!pair) {
      i++;
      continue;
    }
    const open = chars[i] as string;
    let depth = 0;
    let end = -1;
    for (let j = i; j < chars.length; j++) {
      if (chars[j] === open) depth++;
      else if (chars[j] === pair.close && --depth === 0) {
        end = j + 1;
        break;
      }
    }
    if (end < 0) {
      i++;
      continue;
    }
    spans.push({ kind: pair.kind, start: i, end });
    // Insertions inside narration still count: "(... Sino-[North] Korean ...)".
    if (pair.kind === 'NARRATION') {
      const inner = findSpans(chars.slice(i + 1, end - 1).join(''), { narration: false });
      for (const span of inner)
        spans.push({ ...span, start: span.start + i + 1, end: span.end + i + 1 });
    }
    i = end;
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
