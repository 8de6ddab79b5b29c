// Resolving a printed speaker label to one of the document's participants. Labels print a title,
// a name in any of its forms, and editors' brackets: "Chairman Liu [Shaoqi]", "Liu", "Premier
// [Zhou]", "Minister of Foreign Affairs Pak [Seong-cheol] [Pak Song-chol]", "P.M. Chou".
import { normalizeName } from '../../domain/names.js';
import { leadingAddress, onlyAddress } from './lexicon.js';
import type { ParticipantDraft } from './participants.js';

interface Token {
  text: string;
  key: string;
  start: number;
  /** Which bracket pair the token sits in; -1 outside brackets. */
  bracket: number;
}

function tokenize(label: string): Token[] {
  const tokens: Token[] = [];
  let bracket = -1;
  let brackets = 0;
  for (const match of label.matchAll(/\[|\]|[^\s[\]]+/g)) {
    if (match[0] === '[') bracket = brackets++;
    else if (match[0] === ']') bracket = -1;
    else tokens.push({ text: match[0], key: normalizeName(match[0]), start: match.index, bracket });
  }
  return tokens.filter((token) => token.key);
}

function nameForms(participant: ParticipantDraft): string[][] {
  return [participant.name, ...participant.romanizations].map((form) =>
    form.split(/\s+/).map(normalizeName).filter(Boolean),
  );
}

export type Resolution =
  | {
      participant: ParticipantDraft;
      /** The title printed before the name, if any ("Chairman"); forms of address are dropped. */
      title: string | null;
      /** A bare short form the label used alone ("Liu", "Chou"). */
      surname: string | null;
      /** Bracketed names the label adds after the name ("[Pak Song-chol]"). */
      romanizations: string[];
    }
  | { participant: null; reason: string };

function titleBefore(label: string, start: number): string | null {
  const printed = label
    .slice(0, start)
    .replace(/\[\s*$/, '')
    .trim();
  if (!printed || onlyAddress.test(printed)) return null;
  return printed.replace(leadingAddress, '') || null;
}

function bracketedNames(tokens: Token[], used: Set<number>): string[] {
  const groups = new Map<number, Token[]>();
  for (const token of tokens) {
    if (token.bracket < 0 || used.has(token.bracket)) continue;
    groups.set(token.bracket, [...(groups.get(token.bracket) ?? []), token]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1 && group.every((t) => /^\p{Lu}/u.test(t.text)))
    .map((group) => group.map((t) => t.text).join(' '));
}

export function resolveLabel(label: string, participants: readonly ParticipantDraft[]): Resolution {
  const tokens = tokenize(label);
  // The longest full form found in the label wins: "Zhou Enlai" in "Premier [Zhou Enlai]".
  let best: { participant: ParticipantDraft; at: number; length: number }[] = [];
  for (const participant of participants) {
    for (const form of nameForms(participant)) {
      if (form.length < 2) continue;
      for (let at = 0; at + form.length <= tokens.length; at++) {
        if (!form.every((key, i) => tokens[at + i]?.key === key)) continue;
        const length = form.length;
        if (!best[0] || length > best[0].length) best = [{ participant, at, length }];
        else if (length === best[0].length && !best.some((b) => b.participant === participant)) {
          best.push({ participant, at, length });
        }
      }
    }
  }
  if (best.length === 1 && best[0]) {
    const { participant, at, length } = best[0];
    const matched = tokens.slice(at, at + length);
    const used = new Set(matched.map((t) => t.bracket).filter((b) => b >= 0));
    return {
      participant,
      title: titleBefore(label, tokens[at]?.start ?? 0),
      surname: null,
      romanizations: bracketedNames(tokens.slice(at + length), used),
    };
  }

  // One word of a name: "Liu", "Premier [Zhou]", "Dr. Kissinger", "P.M. Chou".
  const candidates = new Map<ParticipantDraft, Token>();
  for (const participant of participants) {
    const keys = new Set(nameForms(participant).flat());
    const token = [...tokens].reverse().find((t) => t.key.length > 1 && keys.has(t.key));
    if (token) candidates.set(participant, token);
  }
  if (candidates.size === 1) {
    const [[participant, token]] = [...candidates] as [[ParticipantDraft, Token]];
    return {
      participant,
      title: titleBefore(label, token.start),
      surname: token.text,
      romanizations: [],
    };
  }
  if (candidates.size > 1) {
    const names = [...candidates.keys()].map((p) => p.name).join(' or ');
    return { participant: null, reason: `label "${label}" could name ${names}` };
  }

  // A title alone: "The Chairman", "The President".
  const bareTitle = normalizeName(label.replace(/^the\s+/i, ''));
  const byTitle = participants.filter((p) => p.title && normalizeName(p.title) === bareTitle);
  if (byTitle.length === 1 && byTitle[0]) {
    return { participant: byTitle[0], title: byTitle[0].title, surname: null, romanizations: [] };
  }
  return { participant: null, reason: `label "${label}" names no participant of this document` };
}
