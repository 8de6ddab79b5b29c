// Records whose address names their series: the Foreign Relations of the United States volumes on
// history.state.gov ("/historicaldocuments/frus1969-76v18/d8" is volume XVIII, document 8).

export interface Series {
  publisher: string;
  series: string;
  documentNumber: string | null;
}

function roman(n: number): string {
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** "frus1969-76v18" -> "Foreign Relations of the United States, 1969–1976, Volume XVIII". */
export function frusVolume(id: string): string | undefined {
  const match = /^frus(\d{4})(?:-(\d{2,4}))?v(e?)(\d+)(?:p(\d+))?$/.exec(id);
  if (!match?.[1] || !match[4]) return undefined;
  const from = match[1];
  const to = match[2]
    ? match[2].length === 2
      ? `${from.slice(0, 2)}${match[2]}`
      : match[2]
    : undefined;
  const volume = match[3] ? `E–${Number(match[4])}` : roman(Number(match[4]));
  const part = match[5] ? `, Part ${Number(match[5])}` : '';
  return `Foreign Relations of the United States, ${to ? `${from}–${to}` : from}, Volume ${volume}${part}`;
}

export function readSeries(sourceUrl: string | null): Series | undefined {
  if (!sourceUrl) return undefined;
  const match = /history\.state\.gov\/historicaldocuments\/(frus[\w-]+)(?:\/d(\d+))?/.exec(
    sourceUrl,
  );
  const series = match?.[1] ? frusVolume(match[1]) : undefined;
  if (!series) return undefined;
  return {
    publisher: 'Office of the Historian, U.S. Department of State',
    series,
    documentNumber: match?.[2] ?? null,
  };
}
