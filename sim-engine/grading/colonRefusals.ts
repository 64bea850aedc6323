import type { Token } from './tokens';

/**
 * A decision named before a colon and refused after it: "Which users go first: I wouldn't
 * choose.", "Who signs each step: nobody, because there wouldn't be steps.", "Rollback limits
 * before Friday: I wouldn't fix any." The words before the colon are turned down with it. A
 * refusal that goes on to say something ("Rollback: nobody waits for me, on-call flips it") or
 * a speaker who refuses one thing and does another ("Ownership: I don't own the routing; …") is
 * not this.
 */

const NOBODY = new Set(['nobody', 'none', 'nothing', 'noone']);
/** What may follow a bare refusal: the sentence's end, a comma, or the reason for it. */
const BARE_ENDS = new Set(['.', ',', ';', '!', '—', '–', 'because', 'since', 'either']);
const SPEAKERS = new Set(['i', 'we']);
const CONDITIONS = new Set(['if', 'when', 'once', 'unless', 'whenever']);
/** Where a speaker's bare refusal may end: the sentence, or its reason ("I wouldn't, because …"). */
const SPEAKER_ENDS = new Set(['.', ';', '!', 'because', 'since']);
/** What a refused verb may take and stay bare: "I wouldn't fix any", "I wouldn't run one either". */
const BARE_OBJECTS = new Set(['it', 'one', 'any', 'them', 'either', 'that', 'this', 'anything']);
const LABEL_WORDS = 8;
const VERB_REACH = 3;

/** Where the refusing colon stands, or -1: everything before it is turned down. */
export function refusedAfterColon(tokens: readonly Token[]): number {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 1 || colon > LABEL_WORDS) return -1;
  // "If the canary shows it converts better: we don't wait, we ship": a condition, not a label.
  if (CONDITIONS.has(tokens[0]?.text ?? '')) return -1;
  const first = tokens[colon + 1];
  if (first === undefined) return -1;
  if (NOBODY.has(first.text) || (first.text === 'no' && tokens[colon + 2]?.text === 'one')) {
    const after = tokens[colon + (first.text === 'no' ? 3 : 2)];
    return after === undefined || BARE_ENDS.has(after.text) ? colon : -1;
  }
  if (!SPEAKERS.has(first.text)) return -1;
  return speakerRefusesBare(tokens, colon + 2) ? colon : -1;
}

/** "I wouldn't choose.", "I wouldn't fix any.": a negated verb with at most a bare object. */
function speakerRefusesBare(tokens: readonly Token[], from: number): boolean {
  const verb = tokens.findIndex(
    (token, at) => at >= from && at < from + VERB_REACH && token.pos === 'VERB',
  );
  if (verb < 0 || tokens[verb]?.negated !== true) return false;
  for (let at = verb + 1; at < tokens.length; at++) {
    const text = tokens[at]?.text ?? '';
    if (SPEAKER_ENDS.has(text)) return true;
    if (!BARE_OBJECTS.has(text)) return false;
  }
  return true;
}
