// Historical dates as intervals. A record dated "March 1964" is not dated March 1st: it is dated
// some day between March 1st and 31st, and a search for 1964-03-15 must find it.

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR' | 'CIRCA';

export interface DateInterval {
  /** ISO calendar date, first day the date can mean. */
  start: string;
  /** ISO calendar date, last day the date can mean (inclusive). */
  end: string;
  precision: DatePrecision;
}

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const index = months.findIndex(
    (month) => month === lower || (lower.length >= 3 && month.startsWith(lower)),
  );
  return index < 0 ? undefined : index + 1;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function day(year: number, month: number, date: number): string | undefined {
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
}

// How far a "circa" date reaches either side; archives use it for "about that year".
const circaYears = 1;

const weekday = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i;
const monthName = '([A-Za-z]{3,9}\\.?)';

/**
 * Reads the date at the start of text: "March 20, 1964", "20 March 1964", "March 20-21, 1964",
 * "March 1964", "1964", "c. 1964", "1964-03-20", optionally after a weekday. Anything after the
 * date (a time of day, a place) is ignored. Returns undefined when no date is there.
 */
export function parseHistoricalDate(text: string): DateInterval | undefined {
  const input = text.trim().replace(weekday, '');
  let match = /^(?:c\.|ca\.|circa|about)\s*(\d{4})\b/i.exec(input);
  if (match) {
    const year = Number(match[1]);
    return {
      start: `${pad(year - circaYears, 4)}-01-01`,
      end: `${pad(year + circaYears, 4)}-12-31`,
      precision: 'CIRCA',
    };
  }
  match = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(input);
  if (match) {
    const iso = day(Number(match[1]), Number(match[2]), Number(match[3]));
    return iso ? { start: iso, end: iso, precision: 'DAY' } : undefined;
  }
  match = new RegExp(
    `^${monthName}\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?,?\\s+(\\d{4})\\b`,
  ).exec(input);
  if (match) return dayRange(match[1], match[2], match[3], match[4]);
  match = new RegExp(
    `^(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+${monthName},?\\s+(\\d{4})\\b`,
  ).exec(input);
  if (match) return dayRange(match[3], match[1], match[2], match[4]);
  match = new RegExp(`^${monthName},?\\s+(\\d{4})\\b`).exec(input);
  if (match) {
    const month = monthNumber(match[1] ?? '');
    const year = Number(match[2]);
    if (!month) return undefined;
    return {
      start: `${pad(year, 4)}-${pad(month)}-01`,
      end: `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth(year, month))}`,
      precision: 'MONTH',
    };
  }
  match = /^(\d{4})\b(?!-\d)/.exec(input);
  if (match) {
    const year = Number(match[1]);
    return { start: `${pad(year, 4)}-01-01`, end: `${pad(year, 4)}-12-31`, precision: 'YEAR' };
  }
  return undefined;
}

function dayRange(
  monthText: string | undefined,
  firstText: string | undefined,
  lastText: string | undefined,
  yearText: string | undefined,
): DateInterval | undefined {
  const month = monthNumber(monthText ?? '');
  const year = Number(yearText);
  if (!month) return undefined;
  const start = day(year, month, Number(firstText));
  const end = lastText ? day(year, month, Number(lastText)) : start;
  if (!start || !end || end < start) return undefined;
  return { start, end, precision: 'DAY' };
}
