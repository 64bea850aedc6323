import type { Lexicon, Match } from './match';
import { findAffirmed, findAll, fragmentOf, has, isNegated, lexicon } from './match';
import { handedToOthers, statesUnrejected } from './rejection';
import { outputsFallingBack } from './fallbackShare';
import { namesFaultRate, outputsThatMisfit } from './faultRates';
import type { Token } from './tokens';
import { suggestsTheUnavailable } from './unavailableSuggested';

/**
 * The signals that guard a model release, recognised by the role they play: each measures what
 * the model puts out — whether it is right, how it was judged, how people receive it, what it
 * costs per unit of output — whatever the product calls its outputs ("summaries", "baskets",
 * "answers"). The glossary's names (hallucination rate, eval harness, thumbs-down, token cost)
 * are the same roles said in one product's words.
 */
export type ModelSignal =
  | 'hallucination'
  | 'harness'
  | 'feedback'
  | 'p95'
  | 'token-cost'
  // Heard only by its role and counted for breadth; the rubric's details name the other five.
  | 'fallback';

/**
 * Words looked for only beside a rarer word, by text or lemma, as a lexicon of single words would
 * match them. Kept out of the shared lexicon index: common words ("answer", "number", "cost",
 * "add") would make every sentence's scan dearer for a check few sentences reach.
 */
function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/** What a model puts out, in the words products use for it; also marks a sentence as about one. */
const OUTPUTS = wordSet(
  'output outputs summary summaries answer answers response responses completion ' +
    'completions generation generations generated draft drafts recommendation ' +
    'recommendations recommended suggestion suggestions suggested prediction predictions ' +
    'reply replies translation translations transcript transcripts sample samples sampled',
);

export const HALLUCINATION = lexicon(
  'hallucinat* | made up | fabricat* | factual* | wrong answers | invented fact* | dropped fact* | ' +
    'invented or dropped fact*',
);
/** A fault in what the model asserts ("invented findings", "wrong or invented dosage"). */
const FAULT = lexicon(
  'invented | invent | made up | made-up | fabricated | fabricate | wrong | incorrect | false | ' +
    'dropped | omitted | missing | left out | unsupported | ungrounded',
);
/** Faults that are hallucinations whatever they are said of: "invented guests". */
const INVENTING = new Set(['invented', 'made', 'made-up', 'fabricated']);
/** What an output asserts: a fact, a finding, a dose, a claim. */
const ASSERTED = wordSet(
  'fact facts finding findings dose doses dosage dosages claim claims citation ' +
    'citations medication medications diagnosis diagnoses figure figures quote quotes ' +
    'amount amounts number numbers price prices date dates source sources reference ' +
    'references link links',
);
/** A score of how right the outputs are ("a relevance score", "offline hit rate"). */
const RIGHTNESS_SCORE = lexicon(
  'relevance | accuracy | hit rate | faithfulness | groundedness | quality score | quality scores | ' +
    'quality scoring | ' +
    // How far predictions land from what happened: "forecast miss, days between the predicted run
    // and the buckets", "calls that disagree with what the pilots saw".
    'forecast miss | forecast error* | prediction error* | disagree with what',
);

export const HARNESS = lexicon(
  'eval | evals | eval harness | evaluation* | automated eval* | grader* | llm judge | ' +
    'model graded | golden set | judge model | auto graded | scored automatically',
);
/** A harness in any form ("harness-graded", "the replay harness"). */
const HARNESS_ANY = lexicon(
  'harness | harnesses | offline eval | offline evals | offline evaluation',
);
/**
 * Judging outputs: graded, rated, scored or replayed samples. Not "reviewed": "I review the
 * summary of the dashboards" judges the rollout, not what the model put out.
 */
const JUDGED = lexicon(
  'grade | grades | graded | grading | score | scores | scored | scoring | replay | replays | ' +
    'replayed | rated | spot check | spot checked | labelled | labeled | annotated | annotation',
);

export const FEEDBACK = lexicon(
  'thumbs* | negative feedback | user feedback | feedback | correction* | complaint* | ' +
    'regenerat* | retries | retry rate | edits',
);
/** People receiving outputs: edits, ratings, dismissals, click-through, acceptance. */
const RECEIVED = lexicon(
  'edit rate | editing | edited | rating | ratings | rate it down | rated down | dismiss | ' +
    'dismissed | dismissal | dismissals | click through | click thru | clickthrough | ' +
    'acceptance | accept rate | ' +
    // People who know better setting the model aside: "agents overruling the ranking".
    'overrule | overrules | overruled | overruling',
);
/** Taking up what the model suggests ("baskets added from recommendations"). */
const TAKEN_UP = wordSet(
  'add adds added adding accept accepts accepted accepting click clicks clicked used ' +
    'chose chosen picked',
);
const SUGGESTED = lexicon(
  'recommend | recommended | recommendation | recommendations | suggest | suggested | ' +
    'suggestion | suggestions',
);

export const P95 = lexicon(
  'p95 | output latency | response latency | time to first token | generation latency | ' +
    // "The slowest 5 % of screens getting more than half a second slower".
    'slowest 5 | slowest five',
);
export const TOKEN_COST = lexicon(
  'token* | cost per query | cost per request | cost per answer | inference cost | serving cost | ' +
    'cost per call | spend per',
);
/** What is spent to make an output: "compute per request", "lookups per request". */
const SPENT = wordSet('cost costs compute spend lookups gpu inference calls dollars cents');
/**
 * A unit of output. "Per conversation" too: a conversation is many replies, so its cost moves with
 * how long people talk as well as with what each reply costs, but it is the figure finance asks
 * for in the model scenarios, and a limit on it guards the spend. "Per search" is a ranking
 * model's unit: each search is one ranked list it puts out. Handed to another team ("…
 * something finance can review at month end") it guards nothing the speaker watches.
 */
const OUTPUT_UNITS = wordSet(
  'summary request answer call query response recommendation completion generation ' +
    'output draft message note req reqs screen conversation search',
);
/** Words between "per" and its unit that only count it: "per 1,000 requests". */
const COUNTING = new Set(['thousand', '1,000']);

/** How far apart two words of one role may sit within a fragment. */
const NEAR = 4;
/** Words a fault may stand from what it describes: "wrong or invented dose" (two). */
const DESCRIBES_ACROSS = 2;

/**
 * How a sentence gives a signal: by the glossary's own name (which also names the point, as it
 * always has) or only by its role, which names the point only when the answer guards with enough
 * signals (`modelMetrics.ts`): a dismissed "click-through is too noisy" names nothing.
 */
export type SignalSource = 'name' | 'role';

/**
 * The model signals one sentence gives. `aboutModel`: the sentence speaks of the model, its
 * prompts or its quality, which the glossary's names need around them.
 */
export function signalsOf(
  tokens: readonly Token[],
  aboutModel: boolean,
): Map<ModelSignal, SignalSource> {
  const signals = namedSignals(tokens, aboutModel);
  // A role is read only where its name was not heard: this runs on every sentence graded.
  if (!signals.has('hallucination') && isRight(tokens)) signals.set('hallucination', 'role');
  if (!signals.has('token-cost') && costsPerOutput(tokens)) signals.set('token-cost', 'role');
  if (outputsFallingBack(tokens)) signals.set('fallback', 'role');
  if (signals.has('harness') && signals.has('feedback')) return signals;
  // Judging and receiving need outputs around them: "graded" alone may grade anything.
  if (!aboutModel && !tokens.some((token, at) => isWord(token, OUTPUTS) && !isNegated(tokens, at)))
    return signals;
  if (!signals.has('harness') && isJudged(tokens)) signals.set('harness', 'role');
  if (!signals.has('feedback') && isReceived(tokens)) signals.set('feedback', 'role');
  return signals;
}

/** The glossary's five signals by name, read as they always were. */
function namedSignals(
  tokens: readonly Token[],
  aboutModel: boolean,
): Map<ModelSignal, SignalSource> {
  const found = new Map<ModelSignal, SignalSource>();
  if (statesUnrejected(tokens, HALLUCINATION)) found.set('hallucination', 'name');
  if (aboutModel && has(tokens, HARNESS)) found.set('harness', 'name');
  if (aboutModel && has(tokens, FEEDBACK)) found.set('feedback', 'name');
  if (has(tokens, P95)) found.set('p95', 'name');
  // "Token cost is finance's problem" is someone else's remit, not a signal the speaker watches.
  if (findAffirmed(tokens, TOKEN_COST).some((match) => !handedToOthers(tokens, match.start)))
    found.set('token-cost', 'name');
  return found;
}

/** Presses of a button people give an output: "taps", "clicks". */
const PRESSES = new Set(['taps', 'tap', 'clicks', 'click', 'presses']);
const QUOTES = new Set(['"', '”', '“', "'", '’']);

/**
 * '"Not interested" taps up more than 10 %', '"not for me" taps', 'taps on "not for my dog"': a
 * button named by its label in quotation marks, with its presses, is feedback people give the
 * outputs.
 */
function tapsOnALabel(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (!PRESSES.has(token.text)) return false;
    const labelAfter = tokens[at + 1]?.text === 'on' && QUOTES.has(tokens[at + 2]?.text ?? '');
    return labelAfter || QUOTES.has(tokens[at - 1]?.text ?? '');
  });
}

/** People's verdicts on an output: "answers that users rate unhelpful", "marked as wrong". */
const VERDICT_VERBS = wordSet('rate rates rated mark marks marked vote votes voted');
const VERDICTS = wordSet('unhelpful helpful useless useful wrong incorrect inaccurate bad poor');
/** Who gives a verdict, just before its verb: "users rate", "they mark", "people vote". */
const RATERS = wordSet('users customers people clinicians agents readers they who');

/**
 * A verdict given by people a few words after its verb: "the share of replies users mark
 * unhelpful", "rated wrong". The tagger often reads "rate" and "mark" as nouns, so the verb is
 * known by who gives it or by its past form ("the error rate is bad" gives no verdict).
 */
function verdictGiven(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (!VERDICT_VERBS.has(token.text) || dismissed(tokens, at)) return false;
    const given = token.text.endsWith('ed') || isWord(tokens[at - 1] ?? token, RATERS);
    return given && wordAt(tokens, at + 1, NEAR, VERDICTS);
  });
}

/** Words that wave a signal away: "vet ratings are too sparse to be useful", "too noisy". */
const DISMISSING = new Set([
  'useless',
  'pointless',
  'meaningless',
  'irrelevant',
  'unnecessary',
  'noisy',
  'sparse',
  'unreliable',
]);
/** Where a clause ends for a dismissal: list commas do not end it ("Click-through, …, are noisy"). */
const CLAUSE_ENDS = new Set([';', ':', '.', '?', '!', 'but', 'so', 'whereas', '(', ')', '—']);

/** A match negated, or in a clause that dismisses what it names as a signal. */
function dismissed(tokens: readonly Token[], at: number): boolean {
  if (isNegated(tokens, at)) return true;
  for (let i = at - 1; i >= 0 && !CLAUSE_ENDS.has(tokens[i]?.text ?? '.'); i--)
    if (DISMISSING.has(tokens[i]?.text ?? '')) return true;
  for (let i = at + 1; i < tokens.length && !CLAUSE_ENDS.has(tokens[i]?.text ?? '.'); i++)
    if (DISMISSING.has(tokens[i]?.text ?? '')) return true;
  return false;
}

function isRight(tokens: readonly Token[]): boolean {
  // "Invented guests", "made-up tables": whatever the outputs hold, inventing it is hallucinating.
  const invents = (fault: Match) =>
    INVENTING.has(tokens[fault.start]?.text ?? '') && tokens[fault.end]?.pos === 'NOUN';
  const faults = kept(tokens, FAULT);
  if (faults.some((fault) => wordAt(tokens, fault.end, DESCRIBES_ACROSS + 1, ASSERTED)))
    return true;
  if (faults.some((fault) => invents(fault) && !dismissed(tokens, fault.end))) return true;
  if (kept(tokens, RIGHTNESS_SCORE).some((match) => !afterCache(tokens, match))) return true;
  return (
    checkedAgainstOutcome(tokens) ||
    suggestsTheUnavailable(tokens) ||
    namesFaultRate(tokens) ||
    outputsThatMisfit(tokens)
  );
}

/** What the model foretold, and what came to pass: "predicted days against measured vase life". */
const FORETOLD = new Set(['predicted', 'forecast', 'forecasted', 'estimated', 'projected']);
const AGAINST = new Set(['against', 'versus', 'vs', 'vs.']);
const OUTCOMES = new Set(['measured', 'actual', 'observed', 'real', 'true', 'recorded']);
/** Words the prediction's noun and the outcome's may take: "predicted days against …". */
const COMPARED_REACH = 3;

/**
 * "We watch predicted days against measured vase life", "forecast demand versus actual
 * orders": the model's predictions checked against what happened is how right its outputs are.
 */
function checkedAgainstOutcome(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (!FORETOLD.has(token.text) || dismissed(tokens, at)) return false;
    const against = tokens.findIndex(
      (t, i) => i > at && i <= at + COMPARED_REACH && AGAINST.has(t.text),
    );
    if (against < 0) return false;
    return tokens
      .slice(against + 1, against + 1 + COMPARED_REACH)
      .some((t) => OUTCOMES.has(t.text));
  });
}

function isJudged(tokens: readonly Token[]): boolean {
  if (kept(tokens, HARNESS).length > 0 || kept(tokens, HARNESS_ANY).length > 0) return true;
  return kept(tokens, JUDGED).some((judged) => wordNear(tokens, judged, OUTPUTS));
}

function isReceived(tokens: readonly Token[]): boolean {
  if (kept(tokens, FEEDBACK).length > 0 || kept(tokens, RECEIVED).length > 0) return true;
  if (tapsOnALabel(tokens) || verdictGiven(tokens)) return true;
  return kept(tokens, SUGGESTED).some((suggested) => wordNear(tokens, suggested, TAKEN_UP));
}

/** The lexicon's matches that the sentence neither negates nor dismisses. */
function kept(tokens: readonly Token[], lex: Lexicon): readonly Match[] {
  const found = findAll(tokens, lex);
  return found.length === 0 ? found : found.filter((match) => !dismissed(tokens, match.start));
}

/** "Cache hit rate" measures the plumbing, not whether the outputs are right. */
function afterCache(tokens: readonly Token[], match: Match): boolean {
  return tokens[match.start - 1]?.lemma === 'cache';
}

/**
 * "Compute per request", "lookups per 1,000 requests", "cost/req": a cost beside "per" (or a
 * slash) and a unit of output.
 */
function costsPerOutput(tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) {
    // "compute cost/req": a slash between a cost and its unit reads "per".
    const per = tokens[at]?.text === 'per' || tokens[at]?.text === '/';
    if (!per || dismissed(tokens, at)) continue;
    let unit = at + 1;
    while (tokens[unit]?.kind === 'number' || COUNTING.has(tokens[unit]?.text ?? '')) unit++;
    const token = tokens[unit];
    // "cost per prediction", "cost per reply": any word for what the model puts out is a unit.
    if (token === undefined || !(isWord(token, OUTPUT_UNITS) || isWord(token, OUTPUTS))) continue;
    const spent = wordNear(tokens, { start: at, end: unit + 1 }, SPENT);
    if (spent && !handedToOthers(tokens, at)) return true;
  }
  return false;
}

function isWord(token: Token, words: ReadonlySet<string>): boolean {
  return words.has(token.text) || words.has(token.lemma);
}

/** One of the words, kept, in the `span` tokens from `from` on: "invented [or made-up] doses". */
function wordAt(
  tokens: readonly Token[],
  from: number,
  span: number,
  words: ReadonlySet<string>,
): boolean {
  for (let at = from; at < Math.min(tokens.length, from + span); at++) {
    const token = tokens[at] as Token;
    if (isWord(token, words) && !dismissed(tokens, at)) return true;
  }
  return false;
}

/**
 * One of the words, kept, close to the match on either side within its fragment. A hyphenated
 * compound before it counts as one word: "add-to-cart rate from recommended baskets".
 */
function wordNear(tokens: readonly Token[], match: Match, words: ReadonlySet<string>): boolean {
  const fragment = fragmentOf(tokens);
  const inFragment = (at: number) => fragment[at] === fragment[match.start];
  let from = match.start;
  for (let counted = 0; counted < NEAR && from > 0;) {
    from--;
    if (tokens[from]?.afterHyphen !== true) counted++;
  }
  for (let at = from; at < match.start; at++)
    if (inFragment(at) && wordAt(tokens, at, 1, words)) return true;
  for (let at = match.end; at < Math.min(tokens.length, match.end + NEAR); at++)
    if (inFragment(at) && wordAt(tokens, at, 1, words)) return true;
  return false;
}
