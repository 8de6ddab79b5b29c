// Provenance read out of the sentences archives print: the citation line with its archival
// reference, the credits ("Obtained by ... and translated by ..."), and the funders.
import type { ContributionRole } from '../../domain/citation.js';
import { normalizeName, splitNames } from '../../domain/names.js';
import type { DocumentRecord } from './records.js';

type Reference = DocumentRecord['archivalReferences'][number];

const roleVerbs: Record<string, ContributionRole> = {
  obtained: 'OBTAINED_BY',
  translated: 'TRANSLATED_BY',
  edited: 'EDITED_BY',
  transcribed: 'TRANSCRIBED_BY',
};
const verb = '(obtained|translated|edited|transcribed)';
const creditClause = new RegExp(`\\b${verb}((?:\\s*(?:,|and)\\s*${verb})*)\\s+by\\s+`, 'gi');

/** "Obtained by A and translated by B and C." -> roles and names in printed order. */
export function readCredits(text: string): { role: ContributionRole; name: string }[] {
  const clauses = [...text.matchAll(creditClause)];
  const credits: { role: ContributionRole; name: string }[] = [];
  clauses.forEach((clause, i) => {
    const from = (clause.index ?? 0) + clause[0].length;
    const to = clauses[i + 1]?.index ?? text.length;
    const namesText = text
      .slice(from, to)
      .replace(/\s+and\s*$/i, '')
      .replace(/[.,;\s]+$/, '');
    const verbs = clause[0]
      .toLowerCase()
      .match(/obtained|translated|edited|transcribed/g) as string[];
    const names = splitNames(namesText);
    for (const v of verbs) {
      for (const name of names) credits.push({ role: roleVerbs[v] as ContributionRole, name });
    }
  });
  return credits;
}

/** "This document was made possible with support from the X Foundation, Y Foundation" */
export function readFunders(sentence: string): string[] {
  const match = /support from\s+(.+?)\.?$/i.exec(sentence);
  return match?.[1] ? splitNames(match[1]) : [];
}

const printedDate =
  /^((?:c\.\s*|circa\s+)?(?:[A-Z][a-z]+\.? \d{1,2}(?:\s*[-–]\s*\d{1,2})?, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+,? \d{4}|\d{4}|n\.d\.))(?:,\s*|$)/;

export interface CitationParts {
  title: string;
  date: string | null;
  publisher: string | null;
  reference: string | null;
  credits: string | null;
}

/**
 * '"Title," March 20, 1964, History and Public Policy Program Digital Archive, PRC FMA
 * 109-03909-07, 124-129. Obtained by ...' -> its parts as printed.
 */
export function readCitationLine(line: string): CitationParts | undefined {
  const quoted = /^["“](.+?),?["”]\s*(.*)$/.exec(line);
  if (!quoted?.[1]) return undefined;
  let rest = quoted[2] ?? '';
  const creditsAt = rest.search(/(?:^|\.\s+)(?:obtained|translated|edited|transcribed)\b/i);
  const credits =
    creditsAt < 0
      ? null
      : rest
          .slice(creditsAt)
          .replace(/^\.\s+/, '')
          .trim();
  if (creditsAt >= 0) rest = rest.slice(0, creditsAt);
  rest = rest.replace(/\.\s*$/, '').trim();
  const dateMatch = printedDate.exec(rest);
  const date = dateMatch?.[1] ?? null;
  if (dateMatch) rest = rest.slice(dateMatch[0].length);
  const comma = rest.indexOf(', ');
  const publisher = (comma < 0 ? rest : rest.slice(0, comma)).trim() || null;
  const reference = comma < 0 ? null : rest.slice(comma + 2).trim() || null;
  return { title: quoted[1].replace(/,$/, ''), date, publisher, reference, credits };
}

/**
 * "PRC FMA 109-03909-07, 124-129" -> archive "PRC FMA", file "109-03909-07", pages "124-129".
 * "Archive of Foreign Policy of the Russian Federation (AVPRF), fond 0100, opis 45" -> the name
 * with its abbreviation, and the rest as the file number.
 */
export function readReference(asPrinted: string): Reference {
  const text = asPrinted.trim().replace(/\.$/, '');
  const segments = text.split(/,\s*/);
  let pages: string | null = null;
  const last = segments.at(-1) ?? '';
  if (
    segments.length > 1 &&
    /^(?:pp?\.\s*|ll?\.\s*)?\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?$/i.test(last)
  ) {
    pages = last;
    segments.pop();
  }
  const head = segments.join(', ');
  const acronym = /^((?:[A-Z][A-Z&]+\s+)*[A-Z][A-Z&]+)\s+(\S.*)$/.exec(head);
  if (acronym?.[1] && acronym[2]) {
    const abbreviation = acronym[1];
    return {
      archive: { key: normalizeName(abbreviation), name: abbreviation, abbreviation },
      fileNumber: acronym[2],
      pages,
      asPrinted: asPrinted.trim(),
    };
  }
  const [name = '', ...fileParts] = head.split(/,\s*/);
  const withAbbreviation = /^(.+?)\s*\(([A-Z][A-Za-z&]+)\)$/.exec(name);
  const archiveName = (withAbbreviation?.[1] ?? name).trim();
  const abbreviation = withAbbreviation?.[2] ?? null;
  return {
    archive: archiveName
      ? { key: normalizeName(abbreviation ?? archiveName), name: archiveName, abbreviation }
      : null,
    fileNumber: fileParts.join(', ') || null,
    pages,
    asPrinted: asPrinted.trim(),
  };
}
