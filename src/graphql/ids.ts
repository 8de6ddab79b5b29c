// Global ID arguments checked against the type they must name, so a Person ID passed where a
// Document is expected is an INVALID_ID error rather than a silent miss.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { InvalidIdError } from './errors.js';

export function idOf(globalId: { typename: string; id: string }, typename: string): number {
  if (globalId.typename !== typename) {
    throw new InvalidIdError(encodeGlobalID(globalId.typename, globalId.id), typename);
  }
  return Number(globalId.id);
}
