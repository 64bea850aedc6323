import { isLetterOrNumber, unitsOf } from './characters';
import type { RawTokens } from './tokens';

/*
 * Where a sentence begins in an answer spoken into a phone or a caption tool, which marks no
 * sentence ends: before a subject that opens a clause after a finished phrase ("… for a day we
 * move to five per cent", "… the deploy the platform team runs the switch"), keeping a condition
 * with the clause it governs. Used only on answers with almost no marks (readsAsSpoken); written
 * prose keeps the model's sentences, where a subject after a noun often opens a relative clause
 * ("the limits we agreed").
 */

/** Who commits in a plan: a new spoken sentence opens on its subject. */
const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'you', 'it']);
/** Determiners that open a subject noun phrase ("the platform team runs the deploy"). */
const DETERMINERS = new Set(['the', 'our', 'my', 'their', 'each', 'every', 'this', 'any']);
/** Words a subject noun phrase may hold before its verb: "the new ranking model goes". */
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const LONGEST_SUBJECT = 3;
/** A phrase is finished on these: a subject after one opens a new clause. */
const PHRASE_ENDS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'SYM', 'X']);
/** Spoken links that open a sentence: cut before them rather than between them and the subject. */
const OPENERS = new Set(['so', 'then', 'and', 'but', 'now', 'okay', 'ok', 'also', 'well', 'yeah']);
/** Words after which a subject continues the clause they open, whatever the model tags them. */
const LINKS_A_CLAUSE = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'whether',
  'than',
  'where',
  'when',
  'what',
  'how',
  'why',
  'once',
  'if',
  'unless',
  'until',
]);
/** A sentence opening on these is a fronted condition: its first subject opens the main clause. */
const SUBORDINATORS = new Set([
  'if',
  'when',
  'once',
  'unless',
  'whenever',
  'until',
  'after',
  'before',
  'because',
  'since',
  'while',
  'should',
  'as',
]);
/** Marks that end or divide sentences; an answer with almost none of them was spoken. */
const SENTENCE_MARKS = new Uint8Array(0x80);
for (const mark of '.!?;:,') SENTENCE_MARKS[mark.charCodeAt(0)] = 1;
/** Writers mark at least one sentence or clause per this many words; speech-to-text may not. */
const WORDS_PER_MARK_SPOKEN = 30;
const MIN_SPOKEN_WORDS = 40;

/** Text written with almost no punctuation: a transcript, where clauses carry no marks. */
export function readsAsSpoken(text: string): boolean {
  let words = 0;
  let marks = 0;
  let inWord = false;
  for (let at = 0; at < text.length;) {
    const point = text.codePointAt(at) ?? 0;
    at += unitsOf(point);
    if (point < 0x80) marks += SENTENCE_MARKS[point] ?? 0;
    const wordCharacter = isLetterOrNumber(point);
    if (wordCharacter && !inWord) words++;
    inWord = wordCharacter;
  }
  return words >= MIN_SPOKEN_WORDS && marks * WORDS_PER_MARK_SPOKEN < words;
}

/** Where a spoken sentence starting at `from` ends before token i opens the next, or null. */
export function spokenCut(raw: RawTokens, i: number, from: number): number | null {
  if (!opensSubject(raw, i)) return null;
  let at = i;
  while (at - 1 > from && OPENERS.has(raw.normal[at - 1] ?? '')) at--;
  const before = at - 1;
  if (before <= from || !endsPhrase(raw, before) || takesItsObject(raw, before)) return null;
  // "… not that it is better", "… the model which we trust": the clause is the one under way.
  if (LINKS_A_CLAUSE.has(raw.normal[before] ?? '')) return null;
  // "If errors pass one per cent we roll back": the fronted condition's main clause.
  if (isMainClauseOfCondition(raw, from, at)) return null;
  // "… big accounts go last if errors pass one per cent we roll back": the condition opens the
  // sentence; "… and if anything trips the on-call engineer flips it back" too, with its "and".
  const condition = pendingCondition(raw, from, at);
  if (condition === null) return at;
  let opening = condition;
  while (opening - 1 > from && OPENERS.has(raw.normal[opening - 1] ?? '')) opening--;
  return opening - 1 > from && endsPhrase(raw, opening - 1) ? opening : null;
}

/** Conditions spoken before the clause they govern. */
const CONDITIONS = new Set(['if', 'when', 'once', 'unless', 'whenever']);

/** A condition between from and at with no clause opened since its own: where it starts. */
function pendingCondition(raw: RawTokens, from: number, at: number): number | null {
  for (let k = at - 1; k > from; k--) {
    if (k + 1 < at && opensSubject(raw, k + 1) && !CONDITIONS.has(raw.normal[k] ?? '')) return null;
    if (CONDITIONS.has(raw.normal[k] ?? '')) return k;
  }
  return null;
}

/** Fillers and links before a spoken sentence's first word. */
const LEAD_INS = new Set([...OPENERS, 'um', 'uh', 'erm', 'like', 'right']);

/**
 * The subject at `at` opens the main clause of a sentence fronted by a condition ("if we see
 * errors over one per cent we roll back"): no subject has opened a clause since the condition's
 * own ("we see", just after "if").
 */
function isMainClauseOfCondition(raw: RawTokens, from: number, at: number): boolean {
  let first = from;
  while (first < at && LEAD_INS.has(raw.normal[first] ?? '')) first++;
  if (!SUBORDINATORS.has(raw.normal[first] ?? '')) return false;
  for (let i = first + 2; i < at; i++) if (opensSubject(raw, i)) return false;
  return true;
}

/** A clause opens at i, perhaps after a spoken link: "we hold a day", "then the team flips it". */
export function clauseOpensAt(raw: RawTokens, i: number): boolean {
  let at = i;
  while (OPENERS.has(raw.normal[at] ?? '')) at++;
  return opensSubject(raw, at);
}

/** A subject opens at i: a pronoun before its verb, or a determiner's noun phrase before its verb. */
function opensSubject(raw: RawTokens, i: number): boolean {
  const word = raw.normal[i] ?? '';
  if (SUBJECTS.has(word)) return opensClause(raw, i + 1);
  if (agreesAsSubject(raw, i)) return true;
  if (!DETERMINERS.has(word)) return false;
  let words = 0;
  for (let at = i + 1; words <= LONGEST_SUBJECT; at++) {
    // "the on-call engineer": a hyphenated word is one word of the phrase, whatever its parts.
    if (isHyphen(raw, at) || isHyphen(raw, at - 1)) continue;
    const hyphenated = isHyphen(raw, at + 1);
    if (!hyphenated && !NOUN_PHRASE.has(raw.pos[at] ?? '')) {
      return words > 0 && opensClause(raw, at);
    }
    words++;
  }
  return false;
}

/** A verb follows the subject, perhaps after an adverb ("we then move", "I'd roll back"). */
function opensClause(raw: RawTokens, i: number): boolean {
  const pos = raw.pos[i] === 'ADV' ? raw.pos[i + 1] : raw.pos[i];
  return pos === 'AUX' || pos === 'VERB';
}

/** Pronouns that close a phrase: "the calls are mine", "ask us". */
const OBJECT_PRONOUNS = new Set(['mine', 'ours', 'yours', 'theirs', 'me', 'us', 'them', 'him']);
/** Particles that finish a phrasal verb ("roll back", "move up", "sign off"). */
const PARTICLES = new Set(['up', 'back', 'off', 'out', 'down', 'over', 'on', 'in']);

/** Token i finishes a phrase: a noun, number or modifier, or a particle after its verb. */
function endsPhrase(raw: RawTokens, i: number): boolean {
  if (PHRASE_ENDS.has(raw.pos[i] ?? '') || OBJECT_PRONOUNS.has(raw.normal[i] ?? '')) return true;
  return PARTICLES.has(raw.normal[i] ?? '') && raw.pos[i - 1] === 'VERB';
}

/** Phrasal verbs whose particle comes before their object: "we write down the rollback triggers". */
const OBJECT_FIRST = new Set([
  'write down',
  'note down',
  'pin down',
  'nail down',
  'jot down',
  'lay out',
  'spell out',
  'set out',
  'map out',
  'rule out',
  'set up',
  'line up',
  'write up',
]);

/** What follows token i is its verb's object or message, not a new clause's subject. */
function takesItsObject(raw: RawTokens, i: number): boolean {
  const word = raw.normal[i] ?? '';
  return PARTICLES.has(word) && OBJECT_FIRST.has(`${raw.lemma[i - 1] ?? ''} ${word}`);
}

/**
 * A bare noun and a verb that agrees with it, as a subject and its verb do: "engineering owns
 * the switch", "kill numbers go into the doc" — a singular noun before a verb in -s, or a plural
 * noun before a verb's plain form.
 */
function agreesAsSubject(raw: RawTokens, i: number): boolean {
  if (raw.pos[i] !== 'NOUN' && raw.pos[i] !== 'PROPN') return false;
  if (raw.pos[i + 1] !== 'VERB' || modifiedBy(raw, i - 1)) return false;
  const noun = raw.normal[i] ?? '';
  const plural = noun !== (raw.lemma[i] ?? noun) && noun.endsWith('s');
  const verb = raw.normal[i + 1] ?? '';
  const lemma = raw.lemma[i + 1] ?? verb;
  const thirdPerson = verb !== lemma && (verb === `${lemma}s` || verb === `${lemma}es`);
  return plural ? verb === lemma && !/(?:ing|ed)$/.test(verb) : thirdPerson;
}

/**
 * Token i modifies the noun after it, so the noun does not open a phrase: "big accounts", "the
 * platform team". A plural noun seldom modifies another ("… hold lengths engineering owns …").
 */
function modifiedBy(raw: RawTokens, i: number): boolean {
  const pos = raw.pos[i] ?? '';
  if (pos === 'ADJ' || pos === 'DET' || pos === 'PROPN' || pos === 'PRON') {
    return !OBJECT_PRONOUNS.has(raw.normal[i] ?? '');
  }
  if (pos !== 'NOUN') return false;
  const noun = raw.normal[i] ?? '';
  return !(noun !== (raw.lemma[i] ?? noun) && noun.endsWith('s'));
}

/** A hyphen inside a word ("on-call"), glued to the words on both sides. */
function isHyphen(raw: RawTokens, i: number): boolean {
  return raw.value[i] === '-' && raw.spaces[i] === '' && raw.spaces[i + 1] === '';
}
