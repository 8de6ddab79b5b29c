// Imports every type so it registers with the builder, then builds the schema.
import { builder } from '../builder.js';
import './scalars.js';
import './document.js';
import './document-date.js';
import './document-filter.js';
import './archive.js';
import './contributor.js';
import './funder.js';
import './person.js';
import './participant.js';
import './utterance.js';

builder.queryType({});

export const schema = builder.toSchema({ sortSchema: true });
