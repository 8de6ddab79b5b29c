import { builder } from '../builder.js';

builder.prismaObject('Participant', {
  select: { id: true },
  description: 'A person taking part in one document, with the title they bore there.',
  fields: (t) => ({
    person: t.relation('person'),
    document: t.relation('document'),
    position: t.exposeInt('position', { description: 'Order in the participants list, from 0.' }),
    title: t.exposeString('title', {
      nullable: true,
      description: 'Office or rank as printed: "Chairman", "Premier of the State Council".',
    }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'Everything the list prints after the name: "Staff (interpreter)".',
    }),
    asPrinted: t.exposeString('asPrinted', {
      description: 'The entry exactly as the source prints it.',
    }),
  }),
});
