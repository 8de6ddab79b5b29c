// What generated records are made of, drawn from the shapes of the real ones: Chinese names in
// pinyin with their Wade-Giles forms, Korean names in two romanizations, Russian names in two
// transliterations, American names with initials; offices, archives, scholars and funders.
import { normalizeName } from '../../src/domain/names.js';
import type { Random } from './random.js';

export interface GeneratedPerson {
  /** Family name first for East Asian names, as archives print them. */
  fullName: string;
  /** The form a label uses alone ("Liu", "Kissinger"). */
  surname: string;
  /** The rest of the name, for labels such as "Liu [Shaoqi]". */
  given: string;
  /** The same name in another romanization, if it has one. */
  romanization: string | null;
  title: string;
}

const chineseSurnames: [string, string][] = [
  ['Wang', 'Wang'],
  ['Li', 'Li'],
  ['Zhang', 'Chang'],
  ['Liu', 'Liu'],
  ['Chen', 'Ch’en'],
  ['Yang', 'Yang'],
  ['Zhao', 'Chao'],
  ['Huang', 'Huang'],
  ['Zhou', 'Chou'],
  ['Wu', 'Wu'],
  ['Xu', 'Hsu'],
  ['Sun', 'Sun'],
  ['Ma', 'Ma'],
  ['Zhu', 'Chu'],
  ['Hu', 'Hu'],
  ['Guo', 'Kuo'],
  ['He', 'Ho'],
  ['Lin', 'Lin'],
  ['Luo', 'Lo'],
  ['Gao', 'Kao'],
  ['Deng', 'Teng'],
  ['Peng', 'P’eng'],
  ['Qiao', 'Ch’iao'],
  ['Ji', 'Chi'],
];
const chineseSyllables: [string, string][] = [
  ['en', 'en'],
  ['lai', 'lai'],
  ['zhi', 'chih'],
  ['hua', 'hua'],
  ['qiang', 'ch’iang'],
  ['guo', 'kuo'],
  ['ming', 'ming'],
  ['de', 'te'],
  ['xiao', 'hsiao'],
  ['ping', 'p’ing'],
  ['jun', 'chun'],
  ['wei', 'wei'],
  ['hong', 'hung'],
  ['zhong', 'chung'],
  ['shao', 'shao'],
  ['qi', 'ch’i'],
  ['xian', 'hsien'],
  ['yong', 'yung'],
  ['jian', 'chien'],
  ['sheng', 'sheng'],
  ['peng', 'p’eng'],
  ['fei', 'fei'],
  ['kang', 'k’ang'],
  ['tao', 't’ao'],
];
const koreanSurnames = ['Kim', 'Pak', 'Choe', 'Ri', 'Kang', 'Han', 'Jang', 'Ho', 'Nam', 'Jeong'];
const koreanSyllables = [
  'il',
  'seong',
  'cheol',
  'yong',
  'geon',
  'hwan',
  'su',
  'man',
  'jun',
  'eun',
  'deok',
  'ho',
];
const russianFirst: [string, string][] = [
  ['Andrei', 'Andrey'],
  ['Aleksei', 'Alexei'],
  ['Yuri', 'Iurii'],
  ['Nikolai', 'Nikolay'],
  ['Vasily', 'Vasilii'],
  ['Mikhail', 'Michael'],
  ['Anatoly', 'Anatolii'],
  ['Sergei', 'Sergey'],
  ['Dmitri', 'Dmitry'],
  ['Georgy', 'Georgii'],
];
const russianSurnames = [
  'Gromov',
  'Sokolov',
  'Petrov',
  'Kuznetsov',
  'Volkov',
  'Orlov',
  'Zaitsev',
  'Belov',
  'Lebedev',
  'Morozov',
  'Pavlov',
  'Semenov',
];
const americanFirst = [
  'Henry',
  'Richard',
  'Winston',
  'John',
  'Robert',
  'William',
  'Dean',
  'George',
  'Walter',
  'Averell',
  'Charles',
  'Thomas',
];
const americanSurnames = [
  'Harris',
  'Holt',
  'Brooks',
  'Carter',
  'Fleming',
  'Porter',
  'Hayes',
  'Bennett',
  'Sloan',
  'Whitman',
  'Keller',
  'Dawson',
  'Mercer',
  'Lowell',
];

const titles = {
  china: [
    'Chairman',
    'Premier',
    'Vice Premier',
    'Minister of Foreign Affairs',
    'Vice Minister',
    'Ambassador',
    'Marshal',
  ],
  korea: ['Premier', 'Minister of Foreign Affairs', 'Vice Chairman', 'Ambassador', 'General'],
  russia: ['Ambassador', 'First Secretary', 'Minister', 'Marshal', 'General Secretary'],
  usa: ['President', 'Secretary of State', 'Ambassador', 'Senator', 'General'],
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function person(random: Random): GeneratedPerson {
  const nation = random.pick(['china', 'china', 'china', 'korea', 'russia', 'usa'] as const);
  const title = random.pick(titles[nation]);
  if (nation === 'china') {
    const [surname, wgSurname] = random.pick(chineseSurnames);
    const [a, wa] = random.pick(chineseSyllables);
    const [b, wb] = random.pick(chineseSyllables);
    const given = cap(a + b);
    return {
      fullName: `${surname} ${given}`,
      surname,
      given,
      romanization: `${wgSurname} ${cap(wa)}-${wb}`,
      title,
    };
  }
  if (nation === 'korea') {
    const surname = random.pick(koreanSurnames);
    const a = random.pick(koreanSyllables);
    const b = random.pick(koreanSyllables);
    const given = `${cap(a)}-${b}`;
    const other = `${cap(a)}-${b}`.replace(/eo/g, 'o').replace(/eu/g, 'u');
    const romanization = other === given ? null : `${surname} ${other}`;
    return { fullName: `${surname} ${given}`, surname, given, romanization, title };
  }
  if (nation === 'russia') {
    const [first, alternative] = random.pick(russianFirst);
    const surname = random.pick(russianSurnames);
    return {
      fullName: `${first} ${surname}`,
      surname,
      given: first,
      romanization: `${alternative} ${surname}`,
      title,
    };
  }
  const first = random.pick(americanFirst);
  const initial = String.fromCharCode(65 + random.int(0, 25));
  const surname = random.pick(americanSurnames);
  return {
    fullName: `${first} ${initial}. ${surname}`,
    surname,
    given: `${first} ${initial}.`,
    romanization: null,
    title,
  };
}

/** n persons whose every printed name is distinct from every other person's, once normalized. */
export function personPool(random: Random, n: number): GeneratedPerson[] {
  const taken = new Set<string>();
  const pool: GeneratedPerson[] = [];
  while (pool.length < n) {
    const candidate = person(random);
    const keys = [candidate.fullName, candidate.romanization]
      .filter((x): x is string => Boolean(x))
      .map(normalizeName);
    if (keys.some((key) => taken.has(key))) continue;
    for (const key of keys) taken.add(key);
    pool.push(candidate);
  }
  return pool;
}

export const archives = [
  {
    printed: 'PRC FMA',
    file: (r: Random) => `${r.int(100, 119)}-0${r.int(1000, 9999)}-0${r.int(1, 9)}`,
  },
  {
    printed: 'RGANI',
    file: (r: Random) => `fond ${r.int(2, 89)}, opis ${r.int(1, 60)}, delo ${r.int(1, 900)}`,
  },
  {
    printed: 'Archive of Foreign Policy of the Russian Federation (AVPRF)',
    file: (r: Random) =>
      `fond 0${r.int(100, 199)}, opis ${r.int(1, 60)}, papka ${r.int(1, 400)}, delo ${r.int(1, 30)}`,
  },
  {
    printed: 'Hungarian National Archives (MNL OL)',
    file: (r: Random) => `XIX-J-1-j, box ${r.int(1, 120)}`,
  },
  {
    printed: 'AMVnR',
    file: (r: Random) => `Fond ${r.int(1, 30)}, Opis ${r.int(1, 20)}, a.e. ${r.int(100, 3000)}`,
  },
];

export const obtainers = [
  'Shen Zhihua',
  'James Person',
  'Sergey Radchenko',
  'Balazs Szalontai',
  'Mircea Munteanu',
  'Kathryn Weathersby',
];
export const translators = [
  'Jeffrey Wang',
  'Charles Kraus',
  'Gary Goldberg',
  'Stephen Mercado',
  'Ryo C. Kato',
  'Christopher Tang',
];
export const funders = [
  'MacArthur Foundation',
  'Leon Levy Foundation',
  'Korea Foundation',
  'Henry Luce Foundation',
  'Carnegie Corporation of New York',
];

export const sentences = [
  'We have resolved our border issues with you, and now only a few questions remain.',
  'The delegation of the [Romanian] Party visited us last month.',
  'They talked for many days here, saying that they want to stop the debate.',
  'Our position on this question has not changed since the last plenary meeting.',
  'It is very easy to conduct affairs between our two countries.',
  'The [Soviet] side has proposed three different borders.',
  'We are prepared for all four possibilities.',
  'The talks have not been productive because of issues with principles.',
  'We issued a message but did not reveal specifics.',
  'The conversations will be quickly delivered to you through the Embassy.',
  'If we are attacked again, then we will still express our position.',
  'I asked him what the point of [stopping for] three months would be.',
  'The situation in the region remains tense, and the harvest was poor.',
  'Your delegation will be received by the Chairman tomorrow morning.',
  'We agree with the publication [of the file] but they still have not published it.',
  'The whole situation is changing.',
  'Presently, the other side is passive.',
  'Trade between our countries increased by a third last year.',
  'We must consult the Central Committee before we can answer.',
  'Thank you.',
  'Very good.',
  'That is correct.',
];

export const asides = [
  '(laughter)',
  '(Both laugh.)',
  '(Referring to the map.)',
  '(to the interpreter)',
];

export const places = [
  'Beijing',
  'Pyongyang',
  'Moscow',
  'Hanoi',
  'Washington',
  'Peking',
  'Geneva',
  'Bucharest',
];
