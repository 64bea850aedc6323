import { HAD, participleAt } from './participles';
import type { Piece, RawTokens, Token } from './tokens';

/** The model's words as pieces: domain notation joined, hyphenated words split. */

/** Marks that end a clause inside a sentence, for the passes that mark a clause's negation. */
export const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '.', '!', '?', '—', '–']);

/** The possessive's ending when the tokenizer keeps it apart: "engineering 's", "the SREs ’". */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", '’', "'s", '’s']);

const MARK_TYPES = new Set(['punctuation', 'symbol', 'unk', 'emoji', 'emoticon', 'tabCRLF']);

/** Joins the notation the model splits ("a / b", "5 xx", "- >") and splits hyphenated words. */
export function piecesOf(
  raw: RawTokens,
  start: number,
  end: number,
  negationFrom = start,
): Piece[] {
  const out: Piece[] = [];
  let hyphen = false;
  for (let i = start; i <= end; i++) {
    // "We'd told leadership", "I'd seen it": before a past participle, "'d" is "had".
    const had = raw.normal[i] === 'would' && isClitic(raw.value[i]) && participleAt(raw, i + 1);
    const text = had ? HAD.text : (raw.normal[i] ?? '');
    const glued = (raw.spaces[i] ?? '') === '';
    const type = raw.type[i] ?? '';
    const previous = out[out.length - 1];
    if (glued && previous !== undefined && joinInto(previous, text)) continue;
    if (text === '-' && glued && isWordLike(raw, i - 1) && isWordLike(raw, i + 1)) {
      hyphen = true;
      continue;
    }
    const plural = raw.pos[i] === 'PROPN' ? PLAN_PLURALS.get(text) : undefined;
    const piece: Piece = {
      // A table cell's bar in notes ("Owner | me") heads what follows, as a colon does.
      text:
        text.length === 1 && MINUS.has(text) ? dashOrMinus(raw, i, out) : text === '|' ? ':' : text,
      lemma: had
        ? HAD.lemma
        : contractedIs(text, raw.pos[i] ?? 'X', raw.pos[i + 1])
          ? 'be'
          : (plural ?? raw.lemma[i] ?? text),
      kind: type === 'number' ? 'number' : MARK_TYPES.has(type) ? 'mark' : 'word',
      pos:
        plural !== undefined
          ? 'NOUN'
          : subjectVerb(text, raw.pos[i] ?? 'X', previous, raw.pos[i + 1]),
      negated: raw.negated[i] === true && i >= negationFrom,
      glued,
      afterHyphen: hyphen,
      // Filled by `withQuantities` for numbers; present on every piece for one shape (copyPiece).
      value: undefined,
      unit: undefined,
    };
    hyphen = false;
    // Only a word with an apostrophe can be a contraction: skip the pattern for the rest.
    const contracted = hasApostrophe(text) ? CLITICS[CONTRACTED.exec(text)?.[2] ?? ''] : undefined;
    const clitic = contracted?.text === 'would' && participleAt(raw, i + 1) ? HAD : contracted;
    if (clitic !== undefined && piece.kind === 'word') {
      splitContraction(piece, clitic, out);
      continue;
    }
    if (text === '24/7')
      out.push(copyPiece(piece, { text: 'twentyfourseven', lemma: '', kind: 'word' }));
    else if (startsWithDigit(text) && SLASHED_STAGES.test(text)) splitStages(piece, out);
    else if (piece.kind === 'word' && text.length > 2 && text.includes('-'))
      splitHyphen(piece, out);
    else if (i === end && text === 'in.' && !/^\d/.test(raw.normal[i - 1] ?? '')) {
      splitFinalIn(piece, out);
    } else out.push(piece);
  }
  return out;
}

/**
 * "Then the early-bird families who opted in.": the model keeps "in." as the abbreviation of
 * inches, one noun, and tokens.ts ends the sentence after it. Ending a sentence with no number
 * before it, it is the particle and a full stop.
 */
function splitFinalIn(piece: Piece, out: Piece[]): void {
  out.push(copyPiece(piece, { text: 'in', lemma: 'in', pos: 'ADP' }));
  out.push(copyPiece(piece, { text: '.', lemma: '.', kind: 'mark', pos: 'PUNCT', glued: true }));
}

/**
 * "Steps are 1, 5, 25 %, each signed by me and the ML lead": opening a sentence, the tagger may
 * call a plan's plural noun a name, and a name keeps its plural as its lemma.
 */
const PLAN_PLURALS: ReadonlyMap<string, string> = new Map(
  ['steps', 'stages', 'gates', 'phases', 'waves', 'holds', 'thresholds', 'limits', 'cohorts'].map(
    (plural) => [plural, plural.slice(0, -1)],
  ),
);

/**
 * "Jonas and I both sign each step": after its subject the tagger may call "sign" a noun ("both
 * sign" as a determiner and its noun); it is the verb. So is "answers" in "a randomised A/B test
 * answers that": a verb of telling in -s, after a noun and before what it tells (a pronoun, an
 * adjective, "whether"), not a compound's last noun ("test answers sheet").
 */
function subjectVerb(
  text: string,
  pos: string,
  previous: Piece | undefined,
  next: string | undefined,
): string {
  if (contractedIs(text, pos, next)) return 'AUX';
  if (pos !== 'NOUN') return pos;
  const subject = previous !== undefined && SIGNING_SUBJECTS.has(previous.text);
  if (subject && (text === 'sign' || text === 'approve')) return 'VERB';
  // "Dr Okafor and me both put our name on the board": "both" then a word then its object.
  if (previous?.text === 'both' && OBJECT_OPENS.has(next ?? '')) return 'VERB';
  const told = next !== undefined && TOLD_AFTER.has(next);
  return previous?.pos === 'NOUN' && TELLING_VERBS.has(text) && told ? 'VERB' : pos;
}
/**
 * "A model's just a service", "the plan's the same": an "'s" the tagger read as a possessive but
 * before an adverb or an article, where only "is" can stand.
 */
function contractedIs(text: string, pos: string, next: string | undefined): boolean {
  return pos === 'PART' && (text === "'s" || text === '’s') && (next === 'ADV' || next === 'DET');
}
const TELLING_VERBS = new Set(['answers', 'tells', 'shows', 'proves', 'settles', 'decides']);
const TOLD_AFTER = new Set(['PRON', 'ADJ', 'ADP', 'SCONJ', 'DET']);
const SIGNING_SUBJECTS = new Set(['both', 'i', 'we', 'they', 'jointly']);
/** What opens a verb's object: "our name", "the ticket", "it". Not "both teams are …". */
const OBJECT_OPENS = new Set(['DET', 'PRON']);

/** Dashes read as a minus: each one character, so longer words skip the look-up. */
const MINUS = new Set(['−', '–', '—']);

/**
 * A dash glued to the number after it is a minus ("conversion —2 %"), and one that opens a
 * sentence marks it as a list's dash does ("— PM: fixed this week"); between words it divides the
 * sentence ("… the worst place — we roll back"), and every rule that ends a clause or a fragment
 * at a dash reads it as "—".
 */
function dashOrMinus(raw: RawTokens, i: number, before: readonly Piece[]): string {
  const numberNext = raw.type[i + 1] === 'number' && (raw.spaces[i + 1] ?? '') === '';
  const opensSentence = before.every((piece) => piece.kind === 'mark');
  return opensSentence || numberNext || raw.normal[i] === '−' ? '-' : '—';
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 8217;

/** One pass over the word for either apostrophe (every piece is asked). */
function hasApostrophe(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === APOSTROPHE || code === RIGHT_QUOTE) return true;
  }
  return false;
}

/** A pronoun with its verb glued on, which the model keeps as one name ("i'm" is tagged PROPN). */
const CONTRACTED = /^(i|you|we|they|he|she|it|that)['’](m|re|ve|ll|d)$/;
const CLITICS: Readonly<Record<string, { text: string; lemma: string }>> = {
  m: { text: 'am', lemma: 'be' },
  re: { text: 'are', lemma: 'be' },
  ve: { text: 'have', lemma: 'have' },
  ll: { text: 'will', lemma: 'will' },
  d: { text: 'would', lemma: 'would' },
};

/** "I'm the PM" reads as "I am the PM": the pronoun is the clause's subject, the verb its own word. */
function splitContraction(piece: Piece, clitic: { text: string; lemma: string }, out: Piece[]) {
  const pronoun = piece.text.split(/['’]/)[0] ?? piece.text;
  out.push(copyPiece(piece, { text: pronoun, lemma: pronoun, pos: 'PRON' }));
  out.push(copyPiece(piece, { text: clitic.text, lemma: clitic.lemma, pos: 'AUX', glued: true }));
}

function isClitic(value: string | undefined): boolean {
  return value === "'d" || value === '’d';
}

function isWordLike(raw: RawTokens, i: number): boolean {
  const type = raw.type[i];
  return type === 'word' || type === 'number';
}

/** Merges a glued piece into the previous one when together they are one piece of notation. */
function joinInto(previous: Piece, text: string): boolean {
  // Every glued mark comes here: the pair is built only when it can be one of the short joins.
  const pair = previous.text.length + text.length <= 3 ? `${previous.text}${text}` : '';
  if (pair === 'a/' || pair === 'a/b' || pair === '->' || pair === '=>') {
    previous.text = pair === '->' || pair === '=>' ? '→' : pair;
    previous.lemma = previous.text;
    previous.pos = pair === 'a/b' ? 'PROPN' : previous.pos;
    previous.kind = pair === 'a/' ? 'mark' : previous.text === '→' ? 'mark' : 'word';
    return true;
  }
  if ((text === 'xx' || text === '00s' || text === 'xxs') && /^\d+$/.test(previous.text)) {
    previous.text = `${previous.text}${text}`;
    previous.lemma = previous.text;
    previous.kind = 'word';
    return true;
  }
  return false;
}

/** A ramp written as one slashed run, "1/5/25/50/100": three or more numbers. */
const SLASHED_STAGES = /^\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?){2,}$/;

/** The cheap test before SLASHED_STAGES, which every piece would otherwise run. */
function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** "1/5/25/50/100" reads as "1 / 5 / 25 / 50 / 100", as if written with spaces. */
function splitStages(piece: Piece, out: Piece[]): void {
  piece.text.split('/').forEach((number, k) => {
    if (k > 0) out.push(copyPiece(piece, { text: '/', lemma: '/', kind: 'mark', pos: 'SYM' }));
    out.push(copyPiece(piece, { text: number, lemma: number, kind: 'number', pos: 'NUM' }));
  });
}

function splitHyphen(piece: Piece, out: Piece[]): void {
  const parts = piece.text.split('-').filter(Boolean);
  const lemmaParts = piece.lemma.split('-').filter(Boolean);
  parts.forEach((part, k) => {
    const lemma = k === parts.length - 1 ? (lemmaParts.at(-1) ?? part) : part;
    out.push(copyPiece(piece, { text: part, lemma, afterHyphen: k > 0 || piece.afterHyphen }));
  });
}

/**
 * A piece like another with some fields changed. Every piece and token is built by this literal
 * or the one in `piecesOf`, with the same fields in the same order, so all share one shape: the
 * detectors read token fields hundreds of thousands of times a grade, and a read that meets one
 * shape is cheaper than one that meets several (a spread or a literal with fewer fields makes
 * another).
 */
export function copyPiece(from: Piece, changes: Partial<Piece>): Piece {
  return {
    text: changes.text ?? from.text,
    lemma: changes.lemma ?? from.lemma,
    kind: changes.kind ?? from.kind,
    pos: changes.pos ?? from.pos,
    negated: changes.negated ?? from.negated,
    glued: changes.glued ?? from.glued,
    afterHyphen: changes.afterHyphen ?? from.afterHyphen,
    value: changes.value ?? from.value,
    unit: changes.unit ?? from.unit,
  };
}

/** The token under a negation, in the one shape of every token (copyPiece). */
export function negatedToken(token: Token): Token {
  // Every token is a piece at run time: `piecesOf` builds them, `withQuantities` copies them.
  return copyPiece(token as Piece, { negated: true });
}
