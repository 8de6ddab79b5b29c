// Who took part: read from a participants list ("Chou En-lai, Premier of the State Council",
// "Chairman Mao Tse-tung (Mao Ze-dong)") or from a title ("... between Liu Shaoqi, Zhou Enlai, and
// Pak Seong-cheol"), and enriched by the names a heading prints in full.
import { normalizeName, splitNames } from '../../domain/names.js';
import type { ParticipantEntry } from '../parse/tree.js';
import { honorific, titles } from './lexicon.js';
import type { DocumentRecord, PersonRecord } from './records.js';

export interface ParticipantDraft {
  name: string;
  title: string | null;
  description: string | null;
  asPrinted: string;
  romanizations: string[];
  surnames: string[];
  labels: string[];
}

/** Splits a leading office or rank from a name: "Prime Minister Chou En-lai". */
function leadingTitle(text: string): { title: string | null; rest: string } {
  const trimmed = text.trim().replace(honorific, '');
  for (const title of titles) {
    if (trimmed.startsWith(`${title} `))
      return { title, rest: trimmed.slice(title.length + 1).trim() };
  }
  return { title: null, rest: trimmed };
}

const looksLikeName = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*$/u;

export function readParticipantEntry(entry: ParticipantEntry): ParticipantDraft {
  const comma = entry.value.indexOf(', ');
  const namePart = comma < 0 ? entry.value : entry.value.slice(0, comma);
  const description = comma < 0 ? null : entry.value.slice(comma + 2).trim();
  const romanizations: string[] = [];
  // "(Mao Ze-dong)" after a name is the same name in another romanization.
  const bare = namePart
    .replace(/\s*\(([^)]+)\)/g, (_, inner: string) => {
      if (looksLikeName.test(inner.trim())) romanizations.push(inner.trim());
      return '';
    })
    .trim();
  const { title, rest } = leadingTitle(bare);
  return {
    name: rest,
    title: title ?? description,
    description,
    asPrinted: entry.value,
    romanizations,
    surnames: [],
    labels: [],
  };
}

/** "Record of Conversation between A, B, and C" names its participants. */
export function participantsFromTitle(title: string): ParticipantDraft[] {
  const match = /\b(?:between|among)\s+(.+)$/i.exec(title);
  if (!match?.[1]) return [];
  return splitNames(match[1])
    .filter((name) => looksLikeName.test(name))
    .map((name) => ({
      name,
      title: null,
      description: null,
      asPrinted: name,
      romanizations: [],
      surnames: [],
      labels: [],
    }));
}

/**
 * A heading such as "Richard Nixon and Mao Zedong ..." prints names in full: it completes a
 * participant listed by surname ("President Nixon") and adds romanizations ("Mao Zedong").
 */
export function enrichFromHeadingNames(
  participants: ParticipantDraft[],
  headingNames: string[],
): void {
  for (const full of headingNames) {
    const key = normalizeName(full);
    const same = participants.find(
      (p) => normalizeName(p.name) === key || p.romanizations.some((r) => normalizeName(r) === key),
    );
    if (same) {
      if (same.name !== full && !same.romanizations.includes(full)) same.romanizations.push(full);
      continue;
    }
    const tokens = full.split(/\s+/);
    const bySurname = participants.filter(
      (p) =>
        !p.name.includes(' ') &&
        tokens.length > 1 &&
        normalizeName(tokens.at(-1) ?? '') === normalizeName(p.name),
    );
    if (bySurname.length === 1 && bySurname[0]) {
      bySurname[0].surnames.push(bySurname[0].name);
      bySurname[0].name = full;
    }
  }
}

/** One person and one participant per name; a name listed twice is reported and kept once. */
export function participantRecords(
  drafts: readonly ParticipantDraft[],
  onDuplicate: (draft: ParticipantDraft) => void,
): Pick<DocumentRecord, 'persons' | 'participants'> {
  const persons = new Map<string, PersonRecord>();
  const participants: DocumentRecord['participants'] = [];
  for (const draft of drafts) {
    const key = normalizeName(draft.name);
    if (!key) continue;
    const variants = [
      { type: 'FULL_NAME' as const, name: draft.name },
      ...draft.romanizations.map((name) => ({ type: 'ROMANIZATION' as const, name })),
      ...draft.surnames.map((name) => ({ type: 'SURNAME' as const, name })),
      ...draft.labels.map((name) => ({ type: 'LABEL' as const, name })),
    ];
    const known = persons.get(key);
    if (known) {
      onDuplicate(draft);
      known.variants.push(
        ...variants.filter(
          (v) => !known.variants.some((k) => k.type === v.type && k.name === v.name),
        ),
      );
      continue;
    }
    persons.set(key, { key, name: draft.name, variants });
    participants.push({
      personKey: key,
      title: draft.title,
      description: draft.description,
      asPrinted: draft.asPrinted,
    });
  }

  return { persons: [...persons.values()], participants };
}
