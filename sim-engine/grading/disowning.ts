import type { Token } from './tokens';

/**
 * The speaker disowning what was told before, whatever the frame it was told in: a judgment of
 * it as a whole ("that's the wrong answer", "it's all theatre"), a disbelief ("I wouldn't believe
 * it", "I don't buy any of that") or a retraction ("let me stop myself", "scratch that"). The
 * pointer (that, this, it, all of it) refers back to the plan, so the plan is withdrawn; a
 * judgment of one thing inside the plan names it instead ("that metric is wrong", "random
 * exposure is the wrong choice") and stays with it.
 */

const POINTERS = new Set(['that', 'this', 'it', 'all']);
const BEING = new Set(['be']);
/** Judgments of a plan as a whole, always with the plan named: "the wrong answer", "a useless plan". */
const JUDGMENTS = new Set(['wrong', 'useless', 'pointless', 'meaningless']);
/** A plan called a show rather than a plan: "it is theatre", "that's fiction". */
const SHOWS = new Set(['theatre', 'theater', 'fiction', 'fantasy', 'pretend']);
const BELIEVING = new Set(['believe', 'buy', 'trust']);
const RETRACTING = new Set(['scratch', 'forget', 'withdraw', 'retract']);
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const CONDITIONS = new Set(['if', 'when', 'unless', 'whenever']);
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–']);
const JUDGMENT_REACH = 4;
const WHOLE_PLANS = new Set(['answer', 'plan', 'approach', 'process', 'way', 'story']);

/** Clause openings: the sentence's start and the word after a comma, semicolon or dash. */
function clauseOpenings(tokens: readonly Token[]): number[] {
  const openings = [0];
  tokens.forEach((token, i) => {
    if (CLAUSE_MARKS.has(token.text)) openings.push(i + 1);
  });
  return openings;
}

/** "That's the wrong answer.", "For this change, it is theatre." */
function judgesWhatCameBefore(tokens: readonly Token[]): boolean {
  return clauseOpenings(tokens).some((at) => {
    if (!POINTERS.has(tokens[at]?.text ?? '') || !BEING.has(tokens[at + 1]?.lemma ?? '')) {
      return false;
    }
    // "I won't write numbers down beforehand, that's theatre": the pointer takes the speaker's
    // clause just said in the same sentence, not the plan before it.
    if (speakerClauseBefore(tokens, at)) return false;
    const from = at + 2;
    return tokens.slice(from, from + JUDGMENT_REACH).some((token, i) => {
      // The model flags the words around "theatre" as negated; a show is denied only in words.
      const denied = tokens.slice(at, from + i).some((word) => NEGATORS.has(word.text));
      if (SHOWS.has(token.lemma)) return !denied;
      if (token.negated) return false;
      // "That's the wrong question for a canary" judges a question, and a bare "That's wrong."
      // rebuts a claim just quoted ("Some call the canary an A/B test. That's wrong."): the plan
      // must be named.
      return JUDGMENTS.has(token.lemma) && WHOLE_PLANS.has(tokens[from + i + 1]?.lemma ?? '');
    });
  });
}

/** The pieces of talk one retraction takes back: "scratch that story", "forget that last line". */
const PIECES = new Set(['story', 'line', 'bit', 'sentence', 'remark', 'example', 'anecdote']);
const LATEST = new Set(['last', 'previous', 'one']);

/**
 * "Scratch that story, my aunt is here.": a retraction pointing at one piece of what was said
 * takes back that piece, the sentence just before, and leaves the rest of the plan standing.
 * Returns where the piece is named, or -1.
 */
export function takesBackOnePiece(tokens: readonly Token[]): number {
  return tokens.findIndex((_, i) => {
    if (!retractsAt(tokens, i) || !['that', 'this'].includes(tokens[i + 1]?.text ?? '')) {
      return false;
    }
    const named = LATEST.has(tokens[i + 2]?.text ?? '') ? i + 3 : i + 2;
    return PIECES.has(tokens[named]?.lemma ?? '');
  });
}

const SPEAKER_SUBJECTS = new Set(['i', 'we']);

/** The speaker and a verb of their own before the judgment's clause. */
function speakerClauseBefore(tokens: readonly Token[], at: number): boolean {
  const before = tokens.slice(0, at);
  const speaker = before.some((token) => SPEAKER_SUBJECTS.has(token.text));
  return speaker && before.some((token) => token.pos === 'VERB');
}

/** "I wouldn't believe it.", "Let me stop myself.", "Scratch that." */
function takesItBack(tokens: readonly Token[]): boolean {
  if (takesBackOnePiece(tokens) >= 0) return false;
  return tokens.some((token, i) => {
    const object = tokens[i + 1]?.text ?? '';
    // "I wouldn't believe it from that": a reading doubted for where it comes from, not the plan.
    const fromASource = tokens[i + 2]?.text === 'from';
    if (BELIEVING.has(token.lemma) && token.negated && POINTERS.has(object)) {
      return !fromASource && believedBySpeaker(tokens, i);
    }
    if (token.lemma === 'stop') return object === 'myself';
    return retractsAt(tokens, i) && POINTERS.has(object);
  });
}

/**
 * "I wouldn't believe it", "we don't trust it": the speaker's disbelief. "…, because it does not
 * trust it" says what the plan does not trust (the eval gain), and keeps the plan.
 */
function believedBySpeaker(tokens: readonly Token[], verb: number): boolean {
  let at = verb - 1;
  while (
    at >= 0 &&
    (NEGATORS.has(tokens[at]?.text ?? '') || BEFORE_VERB.has(tokens[at]?.pos ?? ''))
  ) {
    at--;
  }
  return SPEAKER_SUBJECTS.has(tokens[at]?.text ?? '');
}

/** What stands between a subject and its verb: "would", "do not", "really". */
const BEFORE_VERB = new Set(['AUX', 'PART', 'ADV']);

/** A bare imperative of retracting: "Scratch …", "Forget …", not "I always forget …". */
function retractsAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  // An imperative opening the sentence may be tagged as a noun ("Scratch that.").
  const verb = token.pos === 'VERB' || at === 0;
  // Asked of every word: the rest is read only of a verb, with no lower-casing for the others.
  if (!verb) return false;
  const retracts = RETRACTING.has(token.text.toLowerCase()) && !token.negated;
  return retracts && !saidOfSubject(tokens, at);
}

const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);

/**
 * "I always nearly forget it: this proves it's safe": a verb with its own subject before it (past
 * any adverbs) tells what someone does; only the bare imperative ("Forget it.") takes back.
 */
function saidOfSubject(tokens: readonly Token[], verb: number): boolean {
  let at = verb - 1;
  while (tokens[at]?.pos === 'ADV') at--;
  return SUBJECTS.has(tokens[at]?.text ?? '');
}

/** The speaker disowns everything told before this sentence. */
export function disownsThePlan(tokens: readonly Token[]): boolean {
  // "If the dashboard says ship it after an hour, that's the wrong answer" judges a reading.
  if (tokens.some((token) => CONDITIONS.has(token.text))) return false;
  if (judgesWhatCameBefore(tokens)) return true;
  return takesItBack(tokens) || numbersInvented(tokens);
}

/** The plan's numbers: "the numbers", "a couple of the figures", "those thresholds". */
const NUMBERS = new Set(['number', 'figure', 'threshold', 'limit']);
/** Numbers said to be invented: "made up for rhythm", "invented", "placeholders". */
const INVENTED = new Set(['made', 'invented', 'fictional', 'fake', 'placeholders', 'placeholder']);
const INVENTED_REACH = 3;
const TAKING_OVER = new Set(['but', 'however', 'though']);

/**
 * "A couple of the numbers are made up for rhythm": numbers the speaker says were invented were
 * never fixed, so nothing told before commits to them. "The numbers are not made up" keeps them.
 */
function numbersInvented(tokens: readonly Token[]): boolean {
  // "The numbers are made up for illustration, but we fix the real ones before launch": the
  // speaker takes over, and the plan stands.
  if (tokens.some((token) => TAKING_OVER.has(token.text))) return false;
  return tokens.some((token, i) => {
    if (token.lemma !== 'be' || !NUMBERS.has(tokens[i - 1]?.lemma ?? '')) return false;
    return tokens.slice(i + 1, i + 1 + INVENTED_REACH).some((word, k) => {
      if (!INVENTED.has(word.text) || word.negated) return false;
      const denied = tokens.slice(i, i + 1 + k).some((between) => NEGATORS.has(between.text));
      const madeUp = word.text !== 'made' || tokens[i + 2 + k]?.text === 'up';
      return madeUp && !denied;
    });
  });
}
