import type { CueProfile } from './commitmentProfile';
import { CUE } from './commitmentProfile';
import type { VoiceRead } from './narrator';
import { readVoice, SPEAKER_VOICE } from './narrator';
import type { Sentence } from './sentences';
import { hasSpeaker } from './speaker';
import type { Token } from './tokens';

/** Each sentence's narrator (narrator.ts), with the speaker's own documents read as the speaker. */
export function voicesOf(
  sentences: readonly Sentence[],
  profiles: readonly CueProfile[],
): VoiceRead[] {
  return sentences.map((sentence, i) => {
    const { cues, speaker } = profiles[i] as CueProfile;
    if (cues & CUE.telling && ownDocumentTells(sentences[i - 1]?.tokens, sentence.tokens)) {
      return SPEAKER_VOICE;
    }
    const telling = (cues & CUE.telling) !== 0;
    const general = (cues & CUE.general) !== 0;
    const third = (cues & CUE.third) !== 0;
    const document = (cues & CUE.document) !== 0;
    return readVoice(sentence.tokens, { telling, general, third, speaks: speaker, document });
  });
}

/** Verbs of making a document one's own: "the page the ML lead and I signed last week". */
const AUTHORING = new Set(['write', 'sign', 'draft', 'prepare', 'circulate', 'send', 'share']);
const DOCUMENTS = new Set([
  'page',
  'doc',
  'document',
  'memo',
  'note',
  'one-pager',
  'brief',
  'plan',
]);
const TELLS = new Set(['say', 'list', 'state', 'spell', 'set']);

/**
 * "I send round the page the ML lead and I signed last week. It says what's mine …": a document
 * the speaker wrote or signed says what the speaker says; a book or a manager's memo does not.
 */
function ownDocumentTells(
  previous: readonly Token[] | undefined,
  tokens: readonly Token[],
): boolean {
  if (previous === undefined) return false;
  const pointer = tokens[0]?.text === 'it' ? 1 : pointsAtDocument(tokens) ? 2 : 0;
  if (pointer === 0 || !TELLS.has(tokens[pointer]?.lemma ?? '')) return false;
  return (
    previous.some((token, at) => AUTHORING.has(token.lemma) && authoredBySpeaker(previous, at)) &&
    previous.some((token) => DOCUMENTS.has(token.lemma))
  );
}

/** "the ML lead and I signed", "we've written": the speaker just before the verb, not denied. */
function authoredBySpeaker(tokens: readonly Token[], verb: number): boolean {
  if (tokens[verb]?.negated === true) return false;
  return hasSpeaker(tokens.slice(Math.max(0, verb - 2), verb));
}

/** "The page says …", "This doc lists …". */
function pointsAtDocument(tokens: readonly Token[]): boolean {
  const lead = tokens[0]?.text ?? '';
  return (lead === 'the' || lead === 'this') && DOCUMENTS.has(tokens[1]?.lemma ?? '');
}
