// Global IDs: base64("Type:id"), as Relay clients expect. Decoding is strict, so a malformed ID
// is an INVALID_ID error instead of a lookup that silently finds nothing.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { InvalidIdError } from './errors.js';

export { encodeGlobalID };

export function decodeGlobalId(globalID: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalID, 'base64').toString('utf8');
  const match = /^([A-Z][A-Za-z]*):([1-9]\d{0,15})$/.exec(decoded);
  if (!match?.[1] || !match[2] || Buffer.from(decoded).toString('base64') !== globalID) {
    throw new InvalidIdError(globalID);
  }
  return { typename: match[1], id: match[2] };
}
