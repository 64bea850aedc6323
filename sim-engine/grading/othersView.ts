import type { Token } from './tokens';

/**
 * Someone else's view (read by commitment.ts): "the SRE book says …", "my manager would want …",
 * "a colleague swears by …". What another person or source says, wants or likes is their plan,
 * not the speaker's, unless the speaker adopts it.
 */

/** Verbs of holding or voicing a view: what someone says, wants, likes or swears by. */
export const VIEW_VERBS: ReadonlySet<string> = new Set([
  'say',
  'want',
  'like',
  'prefer',
  'suggest',
  'recommend',
  'swear',
  'talk',
  'remind',
  'think',
  'believe',
  'insist',
  'argue',
  'advocate',
  'favour',
  'favor',
  'love',
  'propose',
  'preach',
  'advise',
  'wish',
]);
/** Who holds a view: people, roles, teams and written sources (not the canary or a test). */
const VOICES = new Set([
  'manager',
  'boss',
  'book',
  'colleague',
  'friend',
  'lead',
  'team',
  'teams',
  'head',
  'analyst',
  'director',
  'vp',
  'cto',
  'ceo',
  'mentor',
  'people',
  'leadership',
  'growth',
  'finance',
  'legal',
  'sales',
  'marketing',
  'architect',
  'stakeholder',
  'engineer',
  'engineering',
  'sre',
  'everyone',
  'someone',
  'customer',
  'user',
  'predecessor',
  'consultant',
  'vendor',
  'article',
  'blog',
  'guide',
  'handbook',
  'playbook',
]);
/** What the tagger may call a name at a sentence's start but holds no view: "Canary says safe". */
const SILENCES = new Set(['nothing', 'little', 'less', 'more']);
const NOT_VOICES = new Set([
  'error',
  'errors',
  'latency',
  'conversion',
  'canary',
  'rollout',
  'ramp',
  'a/b',
  'test',
  'experiment',
  'p99',
  'p95',
]);
const RELATIVES = new Set(['who', 'whom']);
const ROLE_BEFORE = new Set(['NOUN', 'PROPN', 'ADJ', 'ADP']);
const SUBORDINATORS = new Set(['whether', 'if', 'once', 'since', 'when', 'because', 'unless']);
/** A short assent after "says" is a sign-off, not a view: "the ML lead says go". */
const ASSENTS = new Set(['yes', 'go', 'ok', 'okay', 'no', 'stop']);

/** The tokens outside square brackets. */
function withoutTags(tokens: readonly Token[]): Token[] {
  let depth = 0;
  return tokens.filter((token) => {
    if (token.text === '[') depth++;
    const outside = depth === 0;
    if (token.text === ']') depth = Math.max(0, depth - 1);
    return outside && token.text !== ']';
  });
}

/** Parts of speech after which a verb is a participle before its noun. */
const PARTICIPLE_AFTER = new Set(['DET', 'ADP']);

/**
 * Someone else's view: the first verb is one of saying, wanting or liking, and its subject is a
 * named other ("the SRE book says", "my manager would want", "a colleague swears by"), not the
 * speaker and not a short assent ("the ML lead says go").
 */
export function othersViewAt(tokens: readonly Token[]): number {
  // The tagger reads a role's "lead" ("the on-call lead says") as a verb.
  // A verb straight after "who" describes the group ("customers who said yes to early trials
  // go next"); the view, if any, is the sentence's next verb.
  const verb = tokens.findIndex(
    (token, at) =>
      token.pos === 'VERB' &&
      !(token.text === 'lead' && ROLE_BEFORE.has(tokens[at - 1]?.pos ?? '')) &&
      !RELATIVES.has(tokens[at - 1]?.text ?? ''),
  );
  if (verb < 1) return -1;
  // Past a heading's colon ("Also worth saying: growth will want …"), the subject is its own.
  const heading = tokens
    .slice(0, verb)
    .map((token) => token.text)
    .lastIndexOf(':');
  // "[TODO] Remind growth: …": a tag in square brackets names no one.
  const subject = withoutTags(tokens.slice(heading + 1, verb));
  // A person or a company named ("Stripe recommends", "Priya wants") holds a view as a role does.
  const someone = subject.some(
    (token) =>
      VOICES.has(token.lemma) ||
      VOICES.has(token.text) ||
      (token.pos === 'PROPN' && !NOT_VOICES.has(token.text)),
  );
  // "Whether users prefer it is …", "if growth wants a number, …": not a view held of the plan.
  const framed = subject.some(
    (token) => token.pos === 'SCONJ' || SUBORDINATORS.has(token.text) || token.text === ',',
  );
  // "My manager", "our analyst" are others; "I" or "we" would be the speaker's own view.
  const speaker = subject.some((token) => ['i', 'we', 'me'].includes(token.text));
  if (!someone || framed || speaker) return -1;
  const lemma = tokens[verb]?.lemma ?? '';
  const view =
    VIEW_VERBS.has(lemma) ||
    (lemma === 'keep' && VIEW_VERBS.has(tokens[verb + 1]?.lemma ?? '')) ||
    (lemma === 'always' && VIEW_VERBS.has(tokens[verb + 1]?.lemma ?? ''));
  if (!view || tokens[verb]?.negated) return -1;
  // "Passengers are reminded that the limits …": the subject hears the view; the speaker gives it.
  if (passiveAt(tokens, verb)) return -1;
  // "Taps on a recommended trip …", "click-through on suggested baskets": a participle after an
  // article or a preposition describes a noun; it holds no view.
  if (PARTICIPLE_AFTER.has(tokens[verb - 1]?.pos ?? '')) return -1;
  const said = tokens.slice(verb + 1).filter((token) => token.kind !== 'mark');
  // "Says go" is a sign-off; "says nothing" is a metric's silence, not anyone's view.
  const first = said[0]?.text ?? '';
  return ASSENTS.has(first) || SILENCES.has(first) ? -1 : 0;
}

/** Verbs of telling whose passive opens an announcement: "Passengers are reminded: …". */
const TELLING = new Set([...VIEW_VERBS, 'tell', 'inform', 'ask', 'note', 'warn']);

/**
 * "Passengers are reminded:", "Customers are advised:": a heading that is only a passive verb of
 * telling relates nothing to what follows it; the items after it are read as they stand.
 */
export function tellingHeading(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((token) => token.text === ':');
  const verb = colon - 1;
  return verb > 0 && TELLING.has(tokens[verb]?.lemma ?? '') && passiveAt(tokens, verb);
}

/** A verb in the passive: a form of "be" before a participle ("are reminded", "were told"). */
function passiveAt(tokens: readonly Token[], verb: number): boolean {
  const participle = tokens[verb];
  if (!participle || participle.text === participle.lemma || participle.text.endsWith('ing'))
    return false;
  let before = verb - 1;
  while (tokens[before]?.pos === 'ADV') before--;
  return tokens[before]?.lemma === 'be';
}
