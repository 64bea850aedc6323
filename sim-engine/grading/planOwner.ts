import type { CueProfile } from './commitmentProfile';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * Whose plan an answer tells, read from the subject of its clauses rather than from cue phrases:
 * a sentence whose subject is a third person ("She sends staff first", "They wrote the limits
 * down") or a third person's thing ("Her doc says …", "Their runbook holds a day …") tells
 * someone else's plan. A thing owned by someone else keeps every following sentence in which the
 * speaker does not appear ("Her doc says … The ramp is 1, 5, 25 % …"); a third person alone keeps
 * only the sentences that go on about them ("They …", "It …"), since "They know the product" is
 * as often a cohort's reason. The speaker's own clause (I, we, our team …) takes the answer back.
 * Fragments, tables and passive memos never open it: they name no other owner.
 */

type Owner = 'none' | 'person' | 'thing';

const THIRD_PERSONS = new Set(['she', 'he', 'they']);
const THIRD_OWNERS = new Set(['her', 'his', 'their']);
const OPENERS = new Set(['and', 'but', 'so', 'then', 'also']);

/** Who the subject of the sentence's first clause is, when it is not the speaker. */
export function thirdPersonOwns(tokens: readonly Token[]): Owner {
  const words = tokens.filter((token) => token.kind !== 'mark');
  let at = 0;
  while (OPENERS.has(words[at]?.text ?? '')) at++;
  const first = words[at];
  if (first === undefined) return 'none';
  const following = words.slice(at + 1, at + 4);
  const verb = following.some((word) => word.pos === 'VERB' || word.pos === 'AUX');
  if (THIRD_PERSONS.has(first.text)) return verb ? 'person' : 'none';
  if (THIRD_OWNERS.has(first.text) && words[at + 1]?.pos === 'NOUN' && verb) return 'thing';
  return 'none';
}

/** "It sends employees first …" after "Her doc says …": the other owner's plan goes on. */
function pointsBack(tokens: readonly Token[]): boolean {
  const first = tokens.find((token) => token.kind !== 'mark');
  return first?.text === 'it' && tokens[1]?.pos === 'VERB';
}

/**
 * Sentence indexes told as someone else's plan, each with the sentence that named the owner.
 * Sentences already read under another frame are left as they are by the caller.
 */
export function othersPlan(
  sentences: readonly Sentence[],
  profiles: readonly CueProfile[],
): Map<number, number> {
  const found = new Map<number, number>();
  let setBy = -1;
  let owner: Owner = 'none';
  sentences.forEach((sentence, i) => {
    const profile = profiles[i] as CueProfile;
    const own = profile.speaker ? 'none' : thirdPersonOwns(sentence.tokens);
    if (profile.speaker) owner = 'none';
    else if (own !== 'none' && owner === 'none') [owner, setBy] = [own, i];
    else if (own === 'none' && owner === 'person' && !pointsBack(sentence.tokens)) owner = 'none';
    if (owner !== 'none') found.set(i, setBy);
  });
  return found;
}
