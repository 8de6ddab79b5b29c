// Citations in the publishing archive's own style, built from the stored fields (never stored as
// a string), so a corrected credit or reference changes every citation at once.
import { joinNames } from './names.js';

export type ContributionRole = 'OBTAINED_BY' | 'TRANSLATED_BY' | 'EDITED_BY' | 'TRANSCRIBED_BY';

export interface CitationInput {
  title: string;
  dateAsPrinted: string | null;
  publisher: string | null;
  series: string | null;
  documentNumber: string | null;
  sourceUrl: string | null;
  references: readonly { asPrinted: string }[];
  /** In the order the credits are printed. */
  contributions: readonly { role: ContributionRole; name: string }[];
}

const verbs: Record<ContributionRole, string> = {
  OBTAINED_BY: 'obtained',
  TRANSLATED_BY: 'translated',
  EDITED_BY: 'edited',
  TRANSCRIBED_BY: 'transcribed',
};

/**
 * "Obtained by A and translated by B and C." Consecutive roles held by the same people share one
 * clause ("Obtained and translated by A."), as archives print them.
 */
export function creditSentence(contributions: CitationInput['contributions']): string {
  const groups: { role: ContributionRole; names: string[] }[] = [];
  for (const { role, name } of contributions) {
    const last = groups.at(-1);
    if (last?.role === role) last.names.push(name);
    else groups.push({ role, names: [name] });
  }
  const clauses: { verbs: string[]; names: string[] }[] = [];
  for (const group of groups) {
    const last = clauses.at(-1);
    if (last && last.names.join('\n') === group.names.join('\n'))
      last.verbs.push(verbs[group.role]);
    else clauses.push({ verbs: [verbs[group.role]], names: group.names });
  }
  if (clauses.length === 0) return '';
  const text = clauses
    .map((c) => `${c.verbs.join(' and ')} by ${joinNames(c.names)}`)
    .join(' and ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The archive's citation: "Title," date, publisher, series, archival reference. Credits. */
export function archiveCitation(doc: CitationInput): string {
  const parts = [
    doc.dateAsPrinted,
    doc.publisher,
    doc.series,
    doc.references.map((reference) => reference.asPrinted).join('; '),
    doc.documentNumber ? `Document ${doc.documentNumber}` : null,
  ].filter((part): part is string => Boolean(part));
  // With no publisher, series or archival reference, only the address says where the text is.
  if (doc.sourceUrl && !doc.publisher && !doc.series && doc.references.length === 0)
    parts.push(doc.sourceUrl);
  const sentence = parts.length
    ? `"${doc.title}," ${parts.join(', ').replace(/\.$/, '')}.`
    : `"${doc.title}."`;
  return [sentence, creditSentence(doc.contributions)].filter(Boolean).join(' ');
}
