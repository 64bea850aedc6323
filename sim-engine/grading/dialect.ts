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

const REGISTERS: readonly Register[] = [JAMAICAN, SCOTS];

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
  for (const register of REGISTERS) {
    const seen = new Set<string>();
    let count = 0;
    for (const word of words) {
      if (!register.has(word)) continue;
      seen.add(word);
      count++;
    }
    if (seen.size >= DISTINCT_MARKERS && count >= MARKER_SHARE * words.length) return register;
  }
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
    const standard = objectForm(lower, previous) ?? register.get(lower);
    previous = lower;
    if (standard === undefined) return written;
    const cased = /^\p{Lu}/u.test(written) ? capitalised(standard) : standard;
    respellings.push({ at: offset + shift, standard: cased, written });
    shift += cased.length - written.length;
    return cased;
  });
  return { text: result, respellings };
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
