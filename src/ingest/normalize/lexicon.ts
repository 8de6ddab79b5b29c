// Words that surround names in records: offices and ranks, and forms of address.

// Offices and ranks printed before a name, longest first so "Vice Premier" wins over "Premier".
export const titles = [
  'Minister of Foreign Affairs',
  'Deputy Prime Minister',
  'Lieutenant General',
  'Lieutenant Colonel',
  'General Secretary',
  'Secretary of State',
  'Assistant Secretary',
  'Foreign Minister',
  'Vice Chairman',
  'Vice Premier',
  'Vice President',
  'Vice Minister',
  'Prime Minister',
  'First Secretary',
  'Major General',
  'Ambassador',
  'Chairman',
  'Chancellor',
  'President',
  'Secretary',
  'Minister',
  'Premier',
  'Marshal',
  'General',
  'Colonel',
  'Admiral',
  'Captain',
  'Senator',
  'Governor',
  'Professor',
  'Comrade',
  'Major',
  'King',
  'Queen',
  'Prince',
  'Emperor',
  'Prof.',
  'P.M.',
  'PM',
];

// Forms of address: not a title the person bore, so they are dropped from names and titles.
const addressForms = String.raw`Mr\.|Mrs\.|Ms\.|Miss|Dr\.|Madame|Mme\.|Sir`;
/** A form of address at the start of a name: "Mr. Winston Lord". */
export const honorific = new RegExp(`^(?:${addressForms})\\s+`);
/** A label part that is only a form of address (or "The"): "Dr.", "The". */
export const onlyAddress = new RegExp(`^(?:${addressForms}|The)$`, 'i');
/** A form of address (or "The") at the start of a printed title. */
export const leadingAddress = new RegExp(`^(?:${addressForms}|The)\\s+`, 'i');
