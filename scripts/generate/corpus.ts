// Deterministic corpora in the shapes of the real records: archive pages (title naming the
// participants, citation with archival reference and credits, funders) and memoranda
// (participants block, date and place fields). Each document comes with its intent — who takes
// part and who speaks each utterance — so a test can check what the importer reads back.
import { joinNames } from '../../src/domain/names.js';
import {
  archives,
  asides,
  funders,
  type GeneratedPerson,
  obtainers,
  personPool,
  places,
  sentences,
  translators,
} from './pools.js';
import { Random } from './random.js';

export interface GeneratedDocument {
  /** File name; its base name becomes the document's slug. */
  file: string;
  text: string;
  intent: {
    participants: string[];
    /** One entry per utterance the importer should produce. */
    utterances: { kind: 'SPEECH' | 'STAGE_DIRECTION'; speaker: string | null }[];
  };
}

export interface CorpusOptions {
  documents: number;
  seed: number;
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function printedDate(random: Random): string {
  const year = random.int(1945, 1991);
  const month = random.int(0, 11);
  const day = random.int(1, 28);
  const roll = random.next();
  if (roll < 0.85) return `${months[month]} ${day}, ${year}`;
  if (roll < 0.95) return `${months[month]} ${year}`;
  // Some records carry no date at all; they sort after every dated one.
  if (roll < 0.98) return String(year);
  return '';
}

// Long tail: most conversations are short, a few run to 200 turns.
function turnCount(random: Random): number {
  return 10 + Math.floor(190 * random.next() ** 3);
}

function speech(random: Random): string {
  const parts = Array.from({ length: random.int(1, 5) }, () => random.pick(sentences));
  if (random.chance(0.08)) parts.push(random.pick(asides));
  return parts.join(' ');
}

const nameTokens = (p: GeneratedPerson) =>
  [p.fullName, p.romanization ?? '']
    .join(' ')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((t) => t.length > 1);

/** Participants whose names share no word, so every short label names exactly one of them. */
function participants(random: Random, pool: GeneratedPerson[], count: number): GeneratedPerson[] {
  return random.distinct(
    count,
    () => pool[random.skewed(pool.length)] as GeneratedPerson,
    (candidate, chosen) =>
      !chosen.some((other) => nameTokens(other).some((t) => nameTokens(candidate).includes(t))),
  );
}

interface Turn {
  label: string;
  speaker: string | null;
  paragraphs: string[];
}

function dialogue(random: Random, people: GeneratedPerson[], shape: 'page' | 'memo'): Turn[] {
  const turns: Turn[] = [];
  const introduced = new Set<GeneratedPerson>();
  const count = turnCount(random);
  let previous: GeneratedPerson | undefined;
  for (let i = 0; i < count; i++) {
    if (random.chance(0.01)) {
      turns.push({ label: 'Interpreter', speaker: null, paragraphs: [speech(random)] });
      continue;
    }
    const others = people.filter((p) => p !== previous);
    const speaker = random.pick(others.length ? others : people);
    previous = speaker;
    let label: string;
    if (!introduced.has(speaker)) {
      introduced.add(speaker);
      label =
        shape === 'memo'
          ? `${speaker.title} ${speaker.surname}`
          : random.chance(0.3)
            ? `${speaker.title} [${speaker.fullName}]`
            : `${speaker.title} ${speaker.surname} [${speaker.given}]${speaker.romanization ? ` [${speaker.romanization}]` : ''}`;
    } else {
      label =
        shape === 'memo'
          ? `${speaker.title} ${speaker.surname}`
          : random.chance(0.1)
            ? `${speaker.title} [${speaker.surname}]`
            : speaker.surname;
    }
    const paragraphs = [speech(random)];
    if (random.chance(0.05)) paragraphs.push(speech(random));
    turns.push({ label, speaker: speaker.fullName, paragraphs });
  }
  return turns;
}

function body(random: Random, turns: Turn[], intent: GeneratedDocument['intent']): string[] {
  const lines: string[] = [];
  const direction = (text: string) => {
    lines.push(text, '');
    intent.utterances.push({ kind: 'STAGE_DIRECTION', speaker: null });
  };
  if (random.chance(0.2)) direction('(The delegations were seated and the meeting began.)');
  for (const [i, turn] of turns.entries()) {
    lines.push(`${turn.label}: ${turn.paragraphs[0]}`, '');
    for (const paragraph of turn.paragraphs.slice(1)) lines.push(paragraph, '');
    intent.utterances.push({ kind: 'SPEECH', speaker: turn.speaker });
    if (i > 0 && i < turns.length - 1 && random.chance(0.01))
      direction('(A short break followed.)');
  }
  if (random.chance(0.5)) direction('(The conversation concluded.)');
  return lines;
}

function archivePage(
  random: Random,
  people: GeneratedPerson[],
  intent: GeneratedDocument['intent'],
): string {
  const title = `Record of Conversation between ${joinNames(people.map((p) => p.fullName))}`;
  const date = printedDate(random);
  const archive = random.pick(archives);
  const reference = `${archive.printed} ${archive.file(random)}, ${random.int(1, 300)}-${random.int(301, 400)}`;
  const credits: string[] = [];
  if (random.chance(0.7)) credits.push(`Obtained by ${random.pick(obtainers)}`);
  const translatorNames = random.distinct(
    random.int(1, 2),
    () => random.pick(translators),
    () => true,
  );
  credits.push(`${credits.length ? 'translated' : 'Translated'} by ${joinNames(translatorNames)}`);
  const funderNames = random.distinct(
    random.int(1, 2),
    () => random.pick(funders),
    () => true,
  );
  const place = random.pick(places);
  const lines = [
    'Search in',
    '',
    'Digital Archive International History Declassified',
    '',
    ...(date ? [date, ''] : []),
    `This document was made possible with support from the ${funderNames.join(', ')}`,
    '',
    '  • Citation',
    '',
    '    get citation',
    '',
    `    ${people[0]?.fullName} and ${people[1]?.fullName} discuss relations between their parties in ${place}.`,
    `    "${title}," ${date ? `${date}, ` : ''}History and Public Policy Program Digital Archive, ${reference}. ${credits.join(' and ')}.`,
    '  • share document',
    '',
    '',
    'English HTML',
    '',
  ];
  return [...lines, ...body(random, dialogue(random, people, 'page'), intent)].join('\n');
}

function memorandum(
  random: Random,
  people: GeneratedPerson[],
  intent: GeneratedDocument['intent'],
): string {
  const entries = people.map((p) =>
    random.chance(0.5) && p.romanization
      ? `${p.title} ${p.fullName} (${p.romanization})`
      : `${p.fullName}, ${p.title}`,
  );
  const date = printedDate(random);
  const lines = [
    'Memorandum of Conversation',
    '',
    `PARTICIPANTS:  ${entries[0]}`,
    ...entries.slice(1).map((entry) => `               ${entry}`),
    '',
    ...(date ? [`${/,/.test(date) ? 'DATE AND TIME' : 'DATE'}: ${date}`, ''] : []),
    `PLACE: ${random.pick(places)}`,
    '',
  ];
  return [...lines, ...body(random, dialogue(random, people, 'memo'), intent)].join('\n');
}

export function* generateCorpus({ documents, seed }: CorpusOptions): Generator<GeneratedDocument> {
  const random = new Random(seed);
  const pool = personPool(random, Math.max(60, Math.ceil(documents / 4)));
  const width = String(documents).length;
  for (let n = 1; n <= documents; n++) {
    const shape = random.chance(0.7) ? 'page' : 'memo';
    const people = participants(random, pool, random.int(2, 8));
    const intent: GeneratedDocument['intent'] = {
      participants: people.map((p) => p.fullName),
      utterances: [],
    };
    const text =
      shape === 'page' ? archivePage(random, people, intent) : memorandum(random, people, intent);
    yield {
      file: `generated-${seed}-${String(n).padStart(width, '0')}.txt`,
      text: `${text}\n`,
      intent,
    };
  }
}
