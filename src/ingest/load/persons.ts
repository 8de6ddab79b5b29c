// Persons across documents: one row per person, however many documents print their name.
import { normalizeName } from '../../domain/names.js';
import type { PersonRecord } from '../normalize/records.js';
import type { Tx } from './index.js';

const identifyingTypes = ['FULL_NAME', 'ROMANIZATION'] as const;

/**
 * A person is the same person in another document when one of their full names or
 * romanizations, normalized, matches: "Zhou En-lai" here is "Zhou Enlai" there.
 */
export async function upsertPersons(
  tx: Tx,
  persons: readonly PersonRecord[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const person of persons) {
    const keys = [
      ...new Set(
        person.variants
          .filter((v) => (identifyingTypes as readonly string[]).includes(v.type))
          .map((v) => normalizeName(v.name)),
      ),
    ];
    const match = await tx.nameVariant.findFirst({
      where: { normalized: { in: keys }, type: { in: [...identifyingTypes] } },
      orderBy: { personId: 'asc' },
      select: { personId: true },
    });
    const personId =
      match?.personId ??
      (
        await tx.person.upsert({
          where: { key: person.key },
          create: { key: person.key, name: person.name },
          update: {},
          select: { id: true },
        })
      ).id;
    const known = await tx.nameVariant.findMany({
      where: { personId },
      select: { type: true, name: true },
    });
    const missing = person.variants.filter(
      (v) => !known.some((k) => k.type === v.type && k.name === v.name),
    );
    if (missing.length) {
      await tx.nameVariant.createMany({
        data: missing.map((v) => ({
          personId,
          type: v.type,
          name: v.name,
          normalized: normalizeName(v.name),
        })),
      });
    }
    ids.set(person.key, personId);
  }
  return ids;
}
