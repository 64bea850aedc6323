/**
 * The registers an answer may be written in (read by dialect.ts): each one's grammar words in
 * standard spelling, as data.
 */

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

/**
 * Tyneside and Northumbrian speech as written: "Aa" for "I", "wor" for "our", "divvent" for "don't",
 * "owt" and "nowt" for "anything" and "nothing". "Nae" is left to dialect.ts, which reads it as
 * "no" only where it cannot run on.
 */
export const GEORDIE: Register = new Map([
  ['aa', 'I'],
  ["aa'd", "I'd"],
  ["aa'm", "I'm"],
  ["aa'll", "I'll"],
  ["aa've", "I've"],
  ['wor', 'our'],
  ['divvent', 'do not'],
  ['dinnet', 'do not'],
  ['cannet', 'cannot'],
  ['naebody', 'nobody'],
  ['knaa', 'know'],
  ['knaas', 'knows'],
  ['owt', 'anything'],
  ['nowt', 'nothing'],
  ['gan', 'go'],
  ['gans', 'goes'],
  ["gannin'", 'going'],
  ['gannin', 'going'],
  ['efter', 'after'],
  ['doon', 'down'],
  ['aboot', 'about'],
  ['oot', 'out'],
  ["wi'", 'with'],
  ["wi'oot", 'without'],
  ['lang', 'long'],
  ['reet', 'right'],
  ['summat', 'something'],
  ['mebbe', 'maybe'],
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

export const REGISTERS: readonly Register[] = [JAMAICAN, SCOTS, SHETLAND];

/** Registers that say "no" for "not" ("I'll no do that", "safe, no better") and "as" for "than". */
export const NO_FOR_NOT: ReadonlySet<Register> = new Set([SCOTS, SHETLAND]);

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
/**
 * Northern spellings that are no English word, so safe to respell wherever they stand: "a
 * randomised A/B test efter".
 */
const NORTHERN_SPELLINGS: Register = new Map([['efter', 'after']]);
/** The words respelled wherever they appear: Scots negatives, dropped h's, Northern spellings. */
export const WHEREVER_WRITTEN: Register = new Map([
  ...SCOTS_NEGATIVES,
  ...DROPPED_H,
  ...NORTHERN_SPELLINGS,
]);

/**
 * "Ah" for "I", as Caribbean and Southern speech is often spelled ("me, Ah own the calls"):
 * respelled wherever the answer puts it before a verb of its own, since the interjection stands
 * before a comma or a pause ("Ah, the rollback").
 */
export const EYE_DIALECT_I: Register = new Map([['ah', 'I']]);
export const AH_AS_I =
  /\bah\s+(?:would|will|could|should|can|cannot|must|might|am|want|need|own|decide|set|see|think|put|pick|choose|call|go|know|do|don't|keep|make|say|start|hold|ask)\b/i;
