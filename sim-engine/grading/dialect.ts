/**
 * Answers written in an English-lexicon creole or a dialect spelling ("Mi own who get it first,
 * di numbers dat pull it back") are read with their grammar words in standard spelling, so the
 * English model can tag them; the answer is shown as written. Only the words of a register the
 * answer clearly writes in are respelled: one such word alone ("di", "den") changes nothing.
 */

/** A respelled word: where it stands in the standard text, and how it was written. */
export interface Respelling {
  readonly at: number;
  readonly standard: string;
  readonly written: string;
}

export interface Standardised {
  readonly text: string;
  readonly respellings: readonly Respelling[];
}

/** A register's grammar words and their standard spelling (one word each, or a short phrase). */
export type Register = ReadonlyMap<string, string>;

const JAMAICAN: Register = new Map([
  ['di', 'the'],
  ['mi', 'I'],
  ['wi', 'we'],
  ['dem', 'they'],
  ['fi', 'to'],
  ['nuh', 'never'],
  ['nah', 'not'],
  ['dat', 'that'],
  ['dis', 'this'],
  ['seh', 'say'],
  ['pon', 'on'],
  ['inna', 'in'],
  ['yuh', 'you'],
  ['cyaan', 'cannot'],
  ['fus', 'first'],
  ['den', 'then'],
  ['wah', 'what'],
  ['mek', 'make'],
  ['tek', 'take'],
  ['ting', 'thing'],
  ['tings', 'things'],
  ['dan', 'than'],
  ['bout', 'about'],
  ['woulda', 'would'],
  ['coulda', 'could'],
  ['neva', 'never'],
  ['deh', 'there'],
]);

/**
 * Scots negative verbs: no English word is spelled so, so they are respelled wherever they
 * appear, even in an answer that writes only a few of them ("the canary doesnae tell us it's
 * better" is a denial, not the misconception).
 */
const SCOTS_NEGATIVES: Register = new Map([
  ['cannae', 'cannot'],
  ['canna', 'cannot'],
  ['wouldnae', 'would not'],
  ['couldnae', 'could not'],
  ['shouldnae', 'should not'],
  ['didnae', 'did not'],
  ['dinnae', 'do not'],
  ['disnae', 'does not'],
  ['isnae', 'is not'],
  ['wasnae', 'was not'],
  ['willnae', 'will not'],
  ['havnae', 'have not'],
  ['doesnae', 'does not'],
  ['arenae', 'are not'],
  ['hasnae', 'has not'],
  ['havenae', 'have not'],
  ['werenae', 'were not'],
  ['mustnae', 'must not'],
]);

const SCOTS: Register = new Map([
  ...SCOTS_NEGATIVES,
  ['nae', 'no'],
  ['naw', 'no'],
  ['oor', 'our'],
  ['ye', 'you'],
  ['yer', 'your'],
  ['tae', 'to'],
  ['fae', 'from'],
  ['aboot', 'about'],
  ['oot', 'out'],
  ['doon', 'down'],
  ['whit', 'what'],
  ['gonnae', 'going to'],
  ['wi', 'with'],
  ['ain', 'own'],
  ['intae', 'into'],
  ['efter', 'after'],
  ['dae', 'do'],
]);

/** Shetland speech as written: "da" for "the", "wis" for "us", "eftir" for "after". */
const SHETLAND: Register = new Map([
  ...SCOTS_NEGATIVES,
  ['da', 'the'],
  ['dat', 'that'],
  ["dat's", "that's"],
  ['dis', 'this'],
  ['dey', 'they'],
  ["dey're", "they're"],
  ["dey've", "they've"],
  ['dem', 'them'],
  ['dir', 'their'],
  ['dan', 'then'],
  ['dere', 'there'],
  ['wir', 'our'],
  ['wis', 'us'],
  ['wi', 'with'],
  ['ta', 'to'],
  ['fae', 'from'],
  ["o'", 'of'],
  ["i'", 'in'],
  ['dö', 'do'],
  ['eence', 'once'],
  ['twa', 'two'],
  ['baith', 'both'],
  ['ony', 'any'],
  ['onybody', 'anybody'],
  ['onything', 'anything'],
  ['aabody', 'everybody'],
  ['naebody', 'nobody'],
  ['wha', 'who'],
  ['whit', 'what'],
  ["whit's", "what's"],
  ['whedder', 'whether'],
  ['afore', 'before'],
  ['eftir', 'after'],
  ['abune', 'above'],
  ['ower', 'over'],
  ['aboot', 'about'],
  ['oot', 'out'],
  ['aff', 'off'],
  ['mair', 'more'],
  ['maist', 'most'],
  ['nae', 'no'],
  ['hae', 'have'],
  ['haes', 'has'],
  ['haena', 'have not'],
  ['dunna', 'do not'],
  ['disna', 'does not'],
  ['winna', 'will not'],
  ['widna', 'would not'],
  ["hit's", "it's"],
  ['ain', 'own'],
  ['itsel', 'itself'],
  ['mak', 'make'],
  ['caa', 'call'],
  ['laek', 'like'],
  ['wrang', 'wrong'],
  ['lang', 'long'],
]);

const REGISTERS: readonly Register[] = [JAMAICAN, SCOTS, SHETLAND];

/** Registers that say "no" for "not" ("I'll no do that", "safe, no better") and "as" for "than". */
const NO_FOR_NOT: ReadonlySet<Register> = new Set([SCOTS, SHETLAND]);

/**
 * A dropped "h" written with an apostrophe, as London and other speech is spelled ("each round
 * 'olds for three days"): no English word is spelled so either.
 */
const DROPPED_H: Register = new Map([
  ["'old", 'hold'],
  ["'olds", 'holds'],
  ["'olding", 'holding'],
  ["'eld", 'held'],
  ["'alf", 'half'],
  ["'ours", 'hours'],
]);
/** The words respelled wherever they appear: Scots negatives and dropped h's. */
const WHEREVER_WRITTEN: Register = new Map([...SCOTS_NEGATIVES, ...DROPPED_H]);

/**
 * "Ah" for "I", as Caribbean and Southern speech is often spelled ("me, Ah own the calls"):
 * respelled wherever the answer puts it before a verb of its own, since the interjection stands
 * before a comma or a pause ("Ah, the rollback").
 */
const EYE_DIALECT_I: Register = new Map([['ah', 'I']]);
const AH_AS_I =
  /\bah\s+(?:would|will|could|should|can|cannot|must|might|am|want|need|own|decide|set|see|think|put|pick|choose|call|go|know|do|don't|keep|make|say|start|hold|ask)\b/i;

/** A register is written when this many of its distinct words appear … */
const DISTINCT_MARKERS = 4;
/** … and its words are at least this share of the answer's words. */
const MARKER_SHARE = 0.03;

const WORD = /[\p{L}']+/gu;

/**
 * The register an answer is written in; failing that, the Scots negatives and dropped h's when it
 * writes any; or null for standard English (most answers).
 */
export function registerOf(answer: string): Register | null {
  const words = answer.toLowerCase().match(WORD) ?? [];
  let best: Register | null = null;
  let bestSeen = 0;
  // Registers share words ("dat", "dem"): the answer is read in the one it writes most of.
  for (const register of REGISTERS) {
    const seen = new Set<string>();
    let count = 0;
    for (const word of words) {
      if (!register.has(word)) continue;
      seen.add(word);
      count++;
    }
    const written = seen.size >= DISTINCT_MARKERS && count >= MARKER_SHARE * words.length;
    if (written && seen.size > bestSeen) [best, bestSeen] = [register, seen.size];
  }
  if (best !== null) return best;
  if (words.some((word) => WHEREVER_WRITTEN.has(word))) return WHEREVER_WRITTEN;
  return AH_AS_I.test(answer) ? EYE_DIALECT_I : null;
}

/** The text with the register's words in standard spelling, and where each was respelled. */
export function standardised(text: string, register: Register): Standardised {
  const respellings: Respelling[] = [];
  let shift = 0;
  let previous = '';
  const result = text.replace(WORD, (written, offset: number) => {
    const lower = written.toLowerCase();
    const next = NEXT_WORD.exec(text.slice(offset + written.length))?.[1]?.toLowerCase() ?? '';
    const standard =
      objectForm(lower, previous) ??
      (NO_FOR_NOT.has(register) ? scotsForm(lower, previous, next) : undefined) ??
      register.get(lower);
    previous = lower;
    if (standard === undefined) return written;
    const cased = /^\p{Lu}/u.test(written) ? capitalised(standard) : standard;
    respellings.push({ at: offset + shift, standard: cased, written });
    shift += cased.length - written.length;
    return cased;
  });
  return { text: result, respellings };
}

const NEXT_WORD = /^\s+([\p{L}']+)/u;

/** "I'll no", "would no": "no" after a modal is "not"; English puts a noun or "longer" there. */
const MODALS = new Set([
  'will',
  "i'll",
  "we'll",
  "it'll",
  "they'll",
  'would',
  "i'd",
  "we'd",
  'can',
]);
/** "safe, no that it's better", "a prompt, no a new model": "no" before these is "not". */
const NOT_BEFORE = new Set(['a', 'an', 'the', 'da', 'that', 'dat', 'this', 'dis', 'just']);
const NOT_AFTER_MODAL_EXCEPT = new Set(['longer', 'more', 'doubt', 'one']);
/** "no mair as", "nae worse as": "as" after a comparison is "than". */
const COMPARATIVES = new Set(['mair', 'more', 'worse', 'better', 'less', 'higher', 'lower']);

function scotsForm(word: string, previous: string, next: string): string | undefined {
  if (word === 'as' && COMPARATIVES.has(previous)) return 'than';
  if (word !== 'no') return undefined;
  if (MODALS.has(previous) && !NOT_AFTER_MODAL_EXCEPT.has(next)) return 'not';
  return NOT_BEFORE.has(next) ? 'not' : undefined;
}

/** Words after which "mi" and "dem" are objects: "fi call mi", "one a dem", "know dem". */
const OBJECT_AFTER = new Set([
  'a',
  'fi',
  'to',
  'for',
  'with',
  'call',
  'tell',
  'ask',
  'know',
  'from',
]);
const OBJECTS: ReadonlyMap<string, string> = new Map([
  ['mi', 'me'],
  ['dem', 'them'],
]);

function objectForm(word: string, previous: string): string | undefined {
  return OBJECT_AFTER.has(previous) ? OBJECTS.get(word) : undefined;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The tokens' words and spaces as the candidate wrote them: a token that starts a respelled word
 * shows the written word, and the other tokens of a respelling ("can" "not") show nothing.
 */
export function asWritten(
  values: readonly string[],
  spaces: readonly string[],
  respellings: readonly Respelling[],
): { value: string[]; spaces: string[] } {
  const value = [...values];
  const shownSpaces = [...spaces];
  let offset = 0;
  let next = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length;
    let respelling = respellings[next];
    while (respelling !== undefined && respelling.at + respelling.standard.length <= offset) {
      respelling = respellings[++next];
    }
    if (respelling !== undefined && offset >= respelling.at) {
      const first = offset === respelling.at;
      value[i] = first ? respelling.written : '';
      if (!first) shownSpaces[i] = '';
    }
    offset += (values[i] ?? '').length;
  }
  return { value, spaces: shownSpaces };
}
