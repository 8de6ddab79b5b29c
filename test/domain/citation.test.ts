import { describe, expect, it } from 'vitest';
import { archiveCitation, creditSentence } from '../../src/domain/citation.js';
import { readCredits, readReference } from '../../src/ingest/normalize/provenance.js';

describe('credits', () => {
  it.each([
    'Obtained by Shen Zhihua and translated by Jeffrey Wang and Charles Kraus.',
    'Obtained and translated by Sergey Radchenko.',
    'Translated by Gary Goldberg.',
    'Obtained by A. One, B. Two, and C. Three and translated by D. Four.',
  ])('read and print back the same: %s', (sentence) => {
    expect(creditSentence(readCredits(sentence))).toBe(sentence);
  });
});

describe('archival references', () => {
  it('split an abbreviated archive, file number and pages', () => {
    expect(readReference('PRC FMA 109-03909-07, 124-129')).toEqual({
      archive: { key: 'prcfma', name: 'PRC FMA', abbreviation: 'PRC FMA' },
      fileNumber: '109-03909-07',
      pages: '124-129',
      asPrinted: 'PRC FMA 109-03909-07, 124-129',
    });
  });

  it('keep a reference without pages whole', () => {
    expect(readReference('RGANI, fond 5, opis 30, delo 335')).toMatchObject({
      archive: { name: 'RGANI' },
      fileNumber: 'fond 5, opis 30, delo 335',
      pages: null,
    });
  });
});

describe('archive citations', () => {
  it('leave out what a document lacks', () => {
    expect(
      archiveCitation({
        title: 'Memorandum of Conversation',
        dateAsPrinted: null,
        publisher: null,
        series: 'Foreign Relations of the United States, 1969–1976, Volume XVIII',
        documentNumber: '8',
        sourceUrl: 'https://history.state.gov/historicaldocuments/frus1969-76v18/d8',
        references: [],
        contributions: [],
      }),
    ).toBe(
      '"Memorandum of Conversation," Foreign Relations of the United States, 1969–1976, Volume XVIII, Document 8.',
    );
  });

  it('give the source address when nothing else locates the document', () => {
    expect(
      archiveCitation({
        title: 'Memorandum of Conversation',
        dateAsPrinted: 'February 21, 1972',
        publisher: null,
        series: null,
        documentNumber: null,
        sourceUrl: 'https://china.usc.edu/x',
        references: [],
        contributions: [],
      }),
    ).toBe('"Memorandum of Conversation," February 21, 1972, https://china.usc.edu/x.');
  });
});
