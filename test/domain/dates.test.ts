import { describe, expect, it } from 'vitest';
import { parseHistoricalDate } from '../../src/domain/dates.js';

describe('historical dates as intervals', () => {
  it.each([
    ['March 20, 1964', '1964-03-20', '1964-03-20', 'DAY'],
    ['Monday, February 21, 1972 - 2:50-3:55pm', '1972-02-21', '1972-02-21', 'DAY'],
    ['21 September 1963', '1963-09-21', '1963-09-21', 'DAY'],
    ['March 20-21, 1964', '1964-03-20', '1964-03-21', 'DAY'],
    ['February 1964', '1964-02-01', '1964-02-29', 'MONTH'],
    ['Sept. 1956', '1956-09-01', '1956-09-30', 'MONTH'],
    ['1964', '1964-01-01', '1964-12-31', 'YEAR'],
    ['c. 1964', '1963-01-01', '1965-12-31', 'CIRCA'],
    ['1964-03-20', '1964-03-20', '1964-03-20', 'DAY'],
  ])('%s', (text, start, end, precision) => {
    expect(parseHistoricalDate(text)).toEqual({ start, end, precision });
  });

  it.each(['February 30, 1964', 'Someday, 1964', 'March 21-20, 1964', '', 'n.d.'])(
    'rejects %j',
    (text) => {
      expect(parseHistoricalDate(text)).toBeUndefined();
    },
  );
});
