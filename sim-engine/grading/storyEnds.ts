import { toldInPast } from './commitmentTurns';
import type { Token } from './tokens';

/**
 * Where a story told in the past gives way, inside one sentence, to what the speaker holds now:
 * a clause after ";" not told in the past ("It proved nothing of the sort; a canary tells you
 * the change is safe"), or the lesson drawn from it ("The lesson I took is that errors and
 * latency are the whole story"). What follows is the speaker's own, misconceptions included.
 */

/** Where the speaker's present clause begins, or 0 when the sentence stays in the story. */
export function presentClauseFrom(tokens: readonly Token[]): number {
  const at = tokens.findIndex((token) => token.text === ';');
  if (at >= 0) {
    const rest = tokens.slice(at + 1);
    const verb = rest.some((token) => token.pos === 'VERB' || token.pos === 'AUX');
    if (verb && !toldInPast(rest)) return at + 1;
  }
  return lessonFrom(tokens);
}

/** Words that name a lesson drawn: "the lesson", "my takeaway", "what I learned". */
const LESSONS = new Set(['lesson', 'takeaway', 'moral', 'learn']);
/** How far the lesson's "that" or colon may stand from its word: "The lesson I took is that". */
const LESSON_REACH = 6;
/** Forms that put the lesson in the present: "errors and latency are the whole story". */
const PRESENT_FORMS = new Set(['is', 'are', 'do', 'does', 'will', 'can', 'must', 'should']);

function lessonFrom(tokens: readonly Token[]): number {
  const lesson = tokens.findIndex((token) => LESSONS.has(token.lemma));
  if (lesson < 0) return 0;
  const opens = tokens.findIndex(
    (token, at) =>
      at > lesson && at <= lesson + LESSON_REACH && (token.text === 'that' || token.text === ':'),
  );
  if (opens < 0) return 0;
  const rest = tokens.slice(opens + 1);
  const present = rest.some((token) => PRESENT_FORMS.has(token.text));
  return present && !toldInPast(rest) ? opens + 1 : 0;
}
