// The promise: one request returns the founding document whole. The expected turns are
// read from the saved page with a plain reading of its labels, not from the importer.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FoundingDocumentDocument, type FoundingDocumentQuery } from '../generated/operations.js';
import { foundingDocumentFile, foundingSlug } from '../helpers/corpus.js';
import { createSeededGateway, type TestGateway } from '../helpers/gateway.js';
import { data } from '../helpers/graphql.js';

// Every label in the file starts with, or is, one of these surnames.
const surnameOf: Record<string, string> = {
  Liu: 'Liu Shaoqi',
  Pak: 'Pak Seong-cheol',
  Zhou: 'Zhou Enlai',
};

function turnsInFile() {
  const lines = readFileSync(foundingDocumentFile, 'utf8').split('\n');
  return lines
    .map((line) => /^([^:]{1,80}): (.+)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && /^[A-Z]/.test(match[1] ?? ''))
    .map((match) => {
      const label = match[1] as string;
      const surname = Object.keys(surnameOf).find((s) =>
        new RegExp(`\\b${s}\\b`).test(label),
      ) as string;
      return { label, speaker: surnameOf[surname], text: match[2] };
    });
}

let t: TestGateway;
let document: NonNullable<FoundingDocumentQuery['document']>;
beforeAll(async () => {
  t = await createSeededGateway();
  const result = await data(t.gateway, FoundingDocumentDocument, { slug: foundingSlug });
  document = result.document as NonNullable<FoundingDocumentQuery['document']>;
});
afterAll(() => t.database.close());

describe('the founding document in one request', () => {
  it('has its date as an interval and its summary', () => {
    expect(document.type).toBe('RECORD_OF_CONVERSATION');
    expect(document.date).toEqual({
      start: '1964-03-20',
      end: '1964-03-20',
      precision: 'DAY',
      asPrinted: 'March 20, 1964',
    });
    expect(document.summary).toMatch(/^Chinese and North Korean statesmen discuss border issues/);
  });

  it('cites exactly as the archive does', () => {
    const printed = readFileSync(foundingDocumentFile, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.startsWith('"Record of Conversation'));
    expect(document.citation).toBe(printed);
    expect(document.citation).toBe(
      '"Record of Conversation between Liu Shaoqi, Zhou Enlai, and Pak Seong-cheol," March 20, 1964, History and Public Policy Program Digital Archive, PRC FMA 109-03909-07, 124-129. Obtained by Shen Zhihua and translated by Jeffrey Wang and Charles Kraus.',
    );
  });

  it('has its provenance, credits and funders', () => {
    expect(document.archivalReferences).toEqual([
      {
        archive: expect.objectContaining({ abbreviation: 'PRC FMA' }),
        fileNumber: '109-03909-07',
        pages: '124-129',
        asPrinted: 'PRC FMA 109-03909-07, 124-129',
      },
    ]);
    expect(document.contributions.map((c) => [c.role, c.contributor.name])).toEqual([
      ['OBTAINED_BY', 'Shen Zhihua'],
      ['TRANSLATED_BY', 'Jeffrey Wang'],
      ['TRANSLATED_BY', 'Charles Kraus'],
    ]);
    expect(document.funders.map((f) => f.name)).toEqual([
      'MacArthur Foundation',
      'Leon Levy Foundation',
    ]);
  });

  it('has three participants with the titles they bore', () => {
    expect(document.participants.map((p) => [p.person.name, p.title])).toEqual([
      ['Liu Shaoqi', 'Chairman'],
      ['Zhou Enlai', 'Premier'],
      ['Pak Seong-cheol', 'Minister of Foreign Affairs'],
    ]);
    const pak = document.participants[2]?.person.nameVariants ?? [];
    expect(pak).toContainEqual({ type: 'ROMANIZATION', name: 'Pak Song-chol' });
    expect(pak).toContainEqual({ type: 'SURNAME', name: 'Pak' });
  });

  it('has every turn in order with its printed label and speaker, then the closing stage direction', () => {
    const expected = turnsInFile();
    const nodes = document.utterances.edges.map((e) => e.node);
    const speech = nodes.filter((n) => n.kind === 'SPEECH');
    expect(speech.map((n) => [n.label, n.speaker?.name, n.text])).toEqual(
      expected.map((e) => [e.label, e.speaker, e.text]),
    );
    expect(nodes.map((n) => n.position)).toEqual(nodes.map((_, i) => i + 1));
    const last = nodes.at(-1);
    expect(last?.kind).toBe('STAGE_DIRECTION');
    expect(last?.speaker).toBeNull();
    expect(last?.text).toMatch(/^\(The conversation concluded/);
    expect(document.utterances.totalCount).toBe(expected.length + 1);
    expect(document.utterances.pageInfo.hasNextPage).toBe(false);
  });

  it('counts the turns of each speaker as the file does', () => {
    const tally = (names: (string | undefined)[]) => {
      const counts = new Map<string, number>();
      for (const name of names) counts.set(String(name), (counts.get(String(name)) ?? 0) + 1);
      return Object.fromEntries(counts);
    };
    const served = document.utterances.edges
      .filter((e) => e.node.kind === 'SPEECH')
      .map((e) => e.node.speaker?.name);
    expect(tally(served)).toEqual(tally(turnsInFile().map((turn) => turn.speaker)));
  });

  it('keeps editorial insertions as spans that point at the bracketed text', () => {
    const nodes = document.utterances.edges.map((e) => e.node);
    const spans = nodes.flatMap((n) =>
      n.insertions.map((span) => ({ span, chars: Array.from(n.text) })),
    );
    expect(spans.length).toBeGreaterThan(40);
    for (const { span, chars } of spans) {
      expect(chars.slice(span.start, span.end).join('')).toBe(span.text);
      expect(span.text).toMatch(/^\[.*\]$/);
    }
    expect(nodes.at(-1)?.insertions.map((s) => s.text)).toEqual(['[North]']);
  });
});
