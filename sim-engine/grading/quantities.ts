import { SHARED_KINDS } from './cohortKinds';
import type { Match } from './match';
import { findAll } from './match';
import type { Token, Unit } from './tokens';

/** Numbers in context: ramp stages ("1 → 5 → 25 %") versus limits ("error rate up 0.5 %"). */

const CONNECTORS = new Set([',', 'to', '→', 'then', 'and', '/', '-', '—', '>', 'from']);
// Words just before a percentage that make it a limit, not a traffic share.
const LIMIT_CUES = new Set([
  'up',
  'down',
  'drop',
  'drops',
  'dropping',
  'rise',
  'rises',
  'rising',
  'more',
  'than',
  'exceed',
  'exceeds',
  'above',
  'below',
  'over',
  'under',
  'worse',
  'by',
  'falls',
  'fall',
  'within',
  'plus',
  'rate',
  'latency',
  'conversion',
  'errors',
  'cost',
  'p99',
  'p95',
  'max',
  'maximum',
  'of',
  'threshold',
  'thresholds',
  'limit',
  'limits',
  'tolerance',
  // Movement verbs by lemma, so every form counts ("falling", "grew", "climbs").
  'grow',
  'increase',
  'decrease',
  'climb',
  'slip',
  'shrink',
  'jump',
  'higher',
  'lower',
  'less',
]);
/** Parts of a whole that "of" follows in a group's name: "the last of", "the rest of". */
const PARTS = new Set(['last', 'first', 'rest', 'remainder', 'bulk', 'majority']);
/** Words after a number that make it a limit: "2 % or more", "5 % higher". */
const LIMIT_AFTER = new Set(['more', 'less', 'higher', 'lower', 'worse', 'above', 'below', 'over']);
const LIMIT_REACH = 4;

function isPercent(token: Token | undefined): boolean {
  return token?.kind === 'number' && (token.unit === 'percent' || token.unit === undefined);
}

/** Indices of numbers in a run of three or more joined by connectors where one carries a percent. */
function runMembers(tokens: readonly Token[]): Set<number> {
  const members = new Set<number>();
  let run: number[] = [];
  // No closure per call, and no new run after a word unless one was open: every sentence runs it.
  tokens.forEach((token, i) => {
    if (isPercent(token)) run.push(i);
    else if (!CONNECTORS.has(token.text) && run.length > 0) {
      addRun(tokens, run, members);
      run = [];
    }
  });
  addRun(tokens, run, members);
  return members;
}

/** A run of three or more numbers that holds a "%" or climbs to 100 is a ramp's shares. */
function addRun(tokens: readonly Token[], run: readonly number[], members: Set<number>): void {
  if (run.length < 3) return;
  if (run.some((i) => tokens[i]?.unit === 'percent') || climbsToEveryone(tokens, run)) {
    run.forEach((i) => members.add(i));
  }
}

/**
 * "Steps 1, 5, 25, 50, 100", "Ramp's 1, 5, 25, 50, then everybody": bare numbers rising to 100,
 * or to everyone named after them, are a ramp's shares without a "%".
 */
function climbsToEveryone(tokens: readonly Token[], run: readonly number[]): boolean {
  const values = run.map((i) => tokens[i]?.value ?? 0);
  const rising = values.every((value, k) => k === 0 || value > (values[k - 1] ?? 0));
  return rising && (values.at(-1) === 100 || everyoneAfter(tokens, run.at(-1) ?? 0));
}

const EVERYONE = new Set(['everybody', 'everyone', 'all']);
const EVERYONE_REACH = 3;

/** "Eighteenth green, everyone.": a labelled note this short, naming everyone. */
const EVERYONE_NOTE_WORDS = 4;
const LABEL_MARKS = new Set([',', ':']);

/**
 * A short note whose entry is everyone, set off by its label as the run's shares were ("The turn,
 * 30 %, …"): the last stage of a ramp its notes have been naming. An unlabelled "Then everyone."
 * after a sentence of its own is left to "then everybody" in the share's sentence.
 */
export function namesEveryone(tokens: readonly Token[], words: number): boolean {
  if (words > EVERYONE_NOTE_WORDS) return false;
  const at = tokens.findIndex((token) => EVERYONE.has(token.text) && !token.negated);
  // "Full house is everyone.": the label said to be everyone, as "Full house: everyone." is.
  const said = LABEL_MARKS.has(tokens[at - 1]?.text ?? '') || tokens[at - 1]?.text === 'is';
  return at >= 2 && said;
}

/**
 * "…, 50, then everybody", "… 50 and then all", "…, the pier 25 %, the last arcade all of it":
 * everyone just after the run's last number, perhaps under the last stage's label.
 */
export function everyoneAfter(tokens: readonly Token[], last: number): boolean {
  let labelled = 0;
  for (let at = last + 1; at <= last + EVERYONE_REACH + labelled; at++) {
    const token = tokens[at];
    const text = token?.text ?? '';
    if (EVERYONE.has(text)) return true;
    const label = tokens[last + 1]?.text === ',' && LABEL_WORDS_POS.has(token?.pos ?? '');
    if (label && labelled < EVERYONE_LABEL) labelled++;
    else if (!CONNECTORS.has(text) && text !== 'then') return false;
  }
  return false;
}
const LABEL_WORDS_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** Words of the last stage's label between a comma and everyone: "the last arcade". */
const EVERYONE_LABEL = 3;

/** What may stand between "then" and everyone: the last stage's label ("then Sandys, everyone"). */
const LABEL_POS = new Set(['PROPN', 'NOUN']);

/**
 * "then the whole bazaar", "then the whole Kurmi market": the last stage is all of the place, its
 * noun perhaps after its name.
 */
function wholeOf(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== 'the' || tokens[at + 1]?.text !== 'whole') return false;
  let word = at + 2;
  while (tokens[word]?.pos === 'PROPN' && word < at + 2 + PLACE_NAME_WORDS) word++;
  return tokens[word]?.pos === 'NOUN';
}
/** Words of a place's name before its noun: "the whole Qissa Khwani bazaar". */
const PLACE_NAME_WORDS = 2;

/**
 * "…; Hamilton, 25 %, holds for 30,000 trips; then Sandys, everyone": after the last share's stage
 * is told, "then" and everyone, perhaps under the stage's label, is the ramp's last stage.
 */
export function thenEveryone(tokens: readonly Token[], last: number): boolean {
  return tokens.some((token, then) => {
    if (then <= last || token.text !== 'then' || token.negated) return false;
    for (let at = then + 1; at <= then + EVERYONE_REACH + 1; at++) {
      const next = tokens[at];
      if (next === undefined || next.negated) return false;
      if (EVERYONE.has(next.text) || wholeOf(tokens, at)) return true;
      if (!LABEL_POS.has(next.pos) && !LABEL_MARKS.has(next.text)) return false;
    }
    return false;
  });
}

function looksLikeLimit(tokens: readonly Token[], at: number): boolean {
  let reach = LIMIT_REACH;
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) {
    const text = tokens[i]?.text ?? '';
    // A spoken filler and the commas around it stand outside the phrase ("more than, uh, half a
    // percent"): skipped, and the reach goes past them.
    if (
      isFiller(tokens[i]) ||
      (text === ',' && (isFiller(tokens[i - 1]) || isFiller(tokens[i + 1])))
    ) {
      reach++;
      continue;
    }
    if (text === ',' || text === ';' || text === '(') return false;
    if (text === 'plus' && addedToGroup(tokens, i)) return false;
    // "The last of the earlies at 100 %", "the rest of the users at 100 %": "of" after a part names
    // a group, as a stage does, not a limit's measure ("a rise of 2 %").
    if (text === 'of' && PARTS.has(tokens[i - 1]?.text ?? '')) continue;
    // "The tune-up at 20 %": a cue joined by a hyphen ends a noun, it is no rise or fall.
    if (tokens[i]?.afterHyphen === true) continue;
    if (LIMIT_CUES.has(text) || LIMIT_CUES.has(tokens[i]?.lemma ?? '')) return true;
  }
  for (let i = at + 1; i <= at + 2 && i < tokens.length; i++) {
    if (LIMIT_AFTER.has(tokens[i]?.text ?? '')) return true;
  }
  return beyondWhatIsNow(tokens, at + 1);
}

/** What "past" or "beyond" a limit reaches: where things are now, or nothing more. */
const NOW_WORDS = new Set(['where', 'what', 'now', 'today', 'baseline', 'current', 'the']);
const BEYOND = new Set(['past', 'beyond']);

/**
 * "If it's gone 0.5 % past where we are now", "1 point past, we stop": a number past what is
 * measured now is a limit; "10 % past the first weekend" is a stage that runs beyond a date.
 */
function beyondWhatIsNow(tokens: readonly Token[], at: number): boolean {
  if (!BEYOND.has(tokens[at]?.text ?? '')) return false;
  const next = tokens[at + 1];
  if (next === undefined || next.kind === 'mark') return true;
  if (next.text !== 'the') return NOW_WORDS.has(next.text);
  return BASELINES.has(tokens[at + 2]?.text ?? '');
}
const BASELINES = new Set(['baseline', 'old', 'current', 'control']);

/**
 * "Middle stage: the opt-ins plus 10 %": a share added to a group of people is a stage's traffic,
 * where "baseline plus 2 %" is a limit over what is measured now.
 */
function addedToGroup(tokens: readonly Token[], plusAt: number): boolean {
  return Object.values(SHARED_KINDS).some((kind) =>
    findAll(tokens, kind).some((group) => group.end === plusAt),
  );
}

/** Words of hesitation in speech: "uh", "um", "er", "like" said between a comparison and its number. */
const FILLERS = new Set(['uh', 'um', 'er', 'erm', 'uhm', 'hmm', 'like']);

function isFiller(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'INTJ' || FILLERS.has(token.text));
}

export interface StageShare {
  /** Token index. */
  readonly index: number;
  readonly value: number;
}

const sharesCache = new WeakMap<readonly Token[], readonly StageShare[]>();

/** Percent values that read as traffic shares of a ramp stage, in order. */
export function stageShares(tokens: readonly Token[]): readonly StageShare[] {
  let known = sharesCache.get(tokens);
  if (known === undefined) {
    known = findShares(tokens);
    sharesCache.set(tokens, known);
  }
  return known;
}

function findShares(tokens: readonly Token[]): StageShare[] {
  const inRun = runMembers(tokens);
  const shares: StageShare[] = [];
  tokens.forEach((token, i) => {
    const value = token.value ?? 0;
    if (token.kind !== 'number' || token.negated || value <= 0 || value > 100) return;
    const share = inRun.has(i) || (token.unit === 'percent' && !looksLikeLimit(tokens, i));
    if (share) shares.push({ index: i, value });
  });
  return shares;
}

/** The longest strictly increasing sequence of values, by position (a ramp read across sentences). */
export function longestRamp<T extends { value: number }>(items: readonly T[]): T[] {
  const best: T[][] = [];
  items.forEach((item, i) => {
    let chain: T[] = [];
    for (let j = 0; j < i; j++) {
      const previous = best[j] ?? [];
      const tail = previous.at(-1);
      if (tail !== undefined && tail.value < item.value && previous.length > chain.length) {
        chain = previous;
      }
    }
    best.push([...chain, item]);
  });
  return best.reduce<T[]>(
    (longest, chain) => (chain.length > longest.length ? chain : longest),
    [],
  );
}

/**
 * The index of the quantity that belongs to a metric mention: the first number with an accepted
 * unit within ten tokens after it (not past another metric), else within four before it; or,
 * `inClauseAfter`, only after it and before any mark.
 */
export function quantityFor(
  tokens: readonly Token[],
  mention: Match,
  units: ReadonlySet<Unit>,
  otherMetricStarts: ReadonlySet<number>,
  exclude: ReadonlySet<number>,
  inClauseAfter = false,
): number | null {
  for (let i = mention.end; i < Math.min(tokens.length, mention.end + 10); i++) {
    if (otherMetricStarts.has(i) || tokens[i]?.text === ';') break;
    // "Thumbs-down is worse: if 1 % of vets rate, …": past a mark the number is another's.
    if (inClauseAfter && tokens[i]?.kind === 'mark') break;
    if (fits(tokens, i, units, exclude)) return i;
  }
  if (inClauseAfter) return null;
  for (let i = mention.start - 1; i >= Math.max(0, mention.start - 4); i--) {
    if (otherMetricStarts.has(i) || tokens[i]?.text === ';' || tokens[i]?.text === ',') break;
    if (fits(tokens, i, units, exclude)) return i;
  }
  return null;
}

/** A quantity in one of the units, affirmed, not floated and not taken by another mention. */
export function fits(
  tokens: readonly Token[],
  i: number,
  units: ReadonlySet<Unit>,
  exclude: ReadonlySet<number>,
): boolean {
  const token = tokens[i];
  if (token?.unit === undefined || token.negated || !units.has(token.unit)) return false;
  return !exclude.has(i) && !floated(tokens, i);
}

/**
 * "If thumbs-down climbs, maybe five points or so, we talk": a number given "or so" is floated,
 * not a limit. "Perhaps" alone may only soften a line the answer sets ("a thumbs-down rate
 * perhaps 20 % above control").
 */
function floated(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]?.text === 'or' && tokens[i + 2]?.text === 'so';
}
