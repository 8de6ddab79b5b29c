// The dialogue: turns with their labels resolved to participants, narration and notes apart from
// speech, unlabelled paragraphs joined to the turn they continue.
import { normalizeName } from '../../domain/names.js';
import type { BodyNode, Located } from '../parse/tree.js';
import type { ParticipantDraft } from './participants.js';
import type { DocumentRecord } from './records.js';
import { findSpans } from './spans.js';
import { resolveLabel } from './speakers.js';

/** Reads the body; records on each participant the labels, short forms and romanizations used. */
export function readDialogue(
  body: readonly BodyNode[],
  drafts: readonly ParticipantDraft[],
  warn: (at: Located, message: string) => void,
): DocumentRecord['utterances'] {
  const utterances: DocumentRecord['utterances'] = [];
  const unresolved = new Set<string>();
  const resolved = new Map<string, ReturnType<typeof resolveLabel>>();
  for (const node of body) {
    if (node.type === 'paragraph' && utterances.at(-1)?.kind === 'SPEECH') {
      // A paragraph with no label continues the turn before it.
      const turn = utterances.at(-1) as DocumentRecord['utterances'][number];
      turn.text = `${turn.text}\n\n${node.text.value}`;
      turn.spans = findSpans(turn.text, { narration: true });
      continue;
    }
    if (node.type !== 'turn') {
      const kind =
        node.type === 'narration' ? 'STAGE_DIRECTION' : node.type === 'note' ? 'NOTE' : 'PARAGRAPH';
      utterances.push({
        kind,
        label: null,
        speakerKey: null,
        text: node.text.value,
        spans: findSpans(node.text.value, { narration: false }),
        sourceLine: node.text.line,
      });
      continue;
    }
    const label = node.label.value;
    // A label names the same participant every time it recurs; only failures are tried again,
    // since a later label may teach a romanization that resolves them.
    const resolution = resolved.get(label) ?? resolveLabel(label, drafts);
    if (resolution.participant) resolved.set(label, resolution);
    const participant = resolution.participant;
    if (participant) {
      if (!participant.labels.includes(label)) participant.labels.push(label);
      if (resolution.surname && !participant.surnames.includes(resolution.surname)) {
        participant.surnames.push(resolution.surname);
      }
      for (const form of resolution.romanizations) {
        if (!participant.romanizations.includes(form)) participant.romanizations.push(form);
      }
      participant.title ??= resolution.title;
    } else if (!unresolved.has(label)) {
      unresolved.add(label);
      warn(node.label, `${resolution.reason}; its turns are kept with no speaker`);
    }
    utterances.push({
      kind: 'SPEECH',
      label,
      speakerKey: participant ? normalizeName(participant.name) : null,
      text: node.text.value,
      spans: findSpans(node.text.value, { narration: true }),
      sourceLine: node.label.line,
    });
  }

  return utterances;
}
