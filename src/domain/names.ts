// How names compare. Every lookup of a person, archive, contributor or funder goes through
// normalizeName, so "Zhou En-lai", "Zhou Enlai" and "ZHOU ENLAI" meet at one key.

const diacritics = /\p{Diacritic}|\p{Mn}/gu;

/** Lower case, diacritics removed, letters and digits only. */
export function normalizeName(name: string): string {
  // Most names are plain ASCII; they need no Unicode decomposition.
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return name
    .normalize('NFKD')
    .replace(diacritics, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A URL-safe key: lower case ASCII letters, digits and single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(diacritics, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "A", "A and B", "A, B, and C": how credits and participant lists are printed. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/** The inverse of joinNames, tolerant of a missing serial comma: "A, B and C". */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*/)
    .map((name) => name.trim().replace(/^the\s+/i, ''))
    .filter(Boolean);
}
