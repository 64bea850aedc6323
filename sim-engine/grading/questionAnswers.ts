import { actsJointly } from './jointActs';
import type { Token } from './tokens';
import { rolesNamed } from './roles';

/**
 * An interview written as questions and answers: "Q: Who says go? A: Me and the tech lead at
 * every stage." The answer names who; the question says what they do. Read together, the
 * answer states "me and the tech lead … say go", as a candidate answering aloud would mean it.
 */

const WHO = new Set(['who', 'whom']);
const VERB_POS = new Set(['VERB', 'AUX']);
const NEGATORS = new Set(['no', 'no.', 'not', 'nobody', 'none', 'nothing', 'never', 'nope']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/** Ends of the answer's opening fragment, the part that names who. */
const FRAGMENT_ENDS = new Set([',', ';', ':', '.', '!', '—', '?']);

/**
 * The answer's tokens with the question's predicate after the people it names, when the question
 * asks who does something and the answer opens with people and no verb of its own ("Me and the
 * clinical lead, at each gate."); otherwise null. A refusal ("Nobody.") answers nothing here.
 */
export function answeredWho(question: readonly Token[], answer: readonly Token[]): Token[] | null {
  if (question.at(-1)?.text !== '?') return null;
  const asks = afterLabel(question);
  if (!WHO.has(question[asks]?.text ?? '')) return null;
  const predicate = question.slice(asks + 1, -1);
  if (predicate.length === 0 || !predicate.some((token) => VERB_POS.has(token.pos))) return null;
  const opens = afterLabel(answer);
  let end = opens;
  while (end < answer.length && !FRAGMENT_ENDS.has(answer[end]?.text ?? '.')) end++;
  const names = answer.slice(opens, end);
  const roles = rolesNamed(names);
  // "The head of growth, who …, and I both hold up our scorecards": the answer has its own act.
  if (roles.length === 0 || actsJointly(answer)) return null;
  // The tagger reads "the tech lead" as a verb; a role's own words are not the answer's verb.
  const inRole = (at: number): boolean => roles.some((role) => at >= role.start && at < role.end);
  const ownVerb = names.some((token, at) => VERB_POS.has(token.pos) && !inRole(at));
  if (ownVerb || names.some((token) => NEGATORS.has(token.text))) return null;
  return [...answer.slice(0, end), ...predicate, ...answer.slice(end)];
}

/** Past a bullet and a speaker's label ("Q:", "A:", "Interviewer:"). */
function afterLabel(tokens: readonly Token[]): number {
  let at = tokens[0]?.kind === 'mark' ? 1 : 0;
  if (tokens[at + 1]?.text === ':' && tokens[at]?.kind === 'word') at += 2;
  return at;
}

/**
 * "Why not a random 5 %?" — "Because a random slice spreads the risk across the clinics we can
 * least afford to upset." A reason given to "why not" is the case against what the question
 * names: the answer argues it down and commits to nothing it mentions.
 */
export function answersWhyNot(question: readonly Token[], answer: readonly Token[]): boolean {
  // The question may close inside quotation marks: "Why not a random 5 %?"
  let end = question.length - 1;
  while (end > 0 && QUOTES.has(question[end]?.text ?? '')) end--;
  if (question[end]?.text !== '?') return false;
  const asks = afterLabel(question);
  if (question[asks]?.text !== 'why' || question[asks + 1]?.text !== 'not') return false;
  return answer[afterLabel(answer)]?.text === 'because';
}
