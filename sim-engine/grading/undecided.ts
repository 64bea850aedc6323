import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * What the text is, not what it says: notes of a discussion in which an item is recorded as
 * still open ("Left open.", "Not settled.", "… is to confirm with the director"), and a map of
 * what each party wants ("SRE: wants staff first …"). Neither is the speaker's decision, whatever
 * practice it names. Read over the sentences already parsed; no second pass of the model.
 */

/** Words that record an item as undecided on their own: "Open.", "TBD.", "Parked.". */
const UNDECIDED = new Set(['open', 'unsettled', 'undecided', 'unresolved', 'tbd', 'tbc', 'parked']);
/** Participles that record it undecided after "not": "Not settled.", "Not agreed yet.". */
const NOT_YET = new Set(['settled', 'decided', 'agreed', 'discussed', 'confirmed', 'resolved']);
/** What else a short verdict may hold: "Left open.", "Still open.", "Not discussed further.". */
const VERDICT_FILLERS = new Set(['left', 'still', 'not', 'yet', 'further', 'for', 'now', 'again']);
const VERDICT_WORDS = 4;
/** A verdict withdraws the note it closes, reaching back to the note's heading. */
const NOTE_REACH = 4;
const HEADING_WORDS = 3;

function words(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => token.kind !== 'mark');
}

/** "Open.", "Left open.", "Not settled.", "Not discussed further.": a verdict that nothing is decided. */
function isUndecidedVerdict(tokens: readonly Token[]): boolean {
  const said = words(tokens);
  if (said.length === 0 || said.length > VERDICT_WORDS) return false;
  const core = said.some(
    (token, i) =>
      UNDECIDED.has(token.text) || (NOT_YET.has(token.text) && said[i - 1]?.text === 'not'),
  );
  const rest = said.every(
    (token) =>
      UNDECIDED.has(token.text) || NOT_YET.has(token.text) || VERDICT_FILLERS.has(token.text),
  );
  return core && rest;
}

const PUT_OFF = ['confirm', 'decide', 'settle', 'agree'];
const SPEAKER_PRONOUNS = new Set(['i', 'me', 'my', 'mine', 'we', 'our', 'us']);

/**
 * "… is to confirm with the director", "are to be decided": the item is put off, not decided.
 * "To be agreed before any traffic moves" is settled ahead of the traffic: not put off.
 * The speaker's own duty ("my job is to decide the order") is a commitment, not a deferral.
 */
function putOff(tokens: readonly Token[]): boolean {
  const said = words(tokens);
  return said.some((token, i) => {
    if (token.text !== 'to' || said[i - 1]?.lemma !== 'be') return false;
    if (said.slice(0, i).some((word) => SPEAKER_PRONOUNS.has(word.text))) return false;
    const passive = said[i + 1]?.text === 'be';
    const next = passive ? said[i + 2] : said[i + 1];
    if (next === undefined || !PUT_OFF.includes(next.lemma)) return false;
    // "The limits are to be agreed before exposure commences: …": settled ahead of the traffic,
    // which is the pre-commitment itself, not a deferral.
    const ahead = said.slice(i + 2, i + 5).some((word) => word.text === 'before');
    return (passive || next.lemma === 'confirm') && !ahead;
  });
}

/** "Rollback: …": a note that opens on a heading of a few words and a colon. */
function opensNote(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  let at = start;
  while (at < start + HEADING_WORDS && tokens[at]?.kind === 'word') at++;
  return at > start && tokens[at]?.text === ':';
}

/** Sentence index → the verdict that records it as undecided. */
export function undecidedNotes(sentences: readonly Sentence[]): Map<number, number> {
  const found = new Map<number, number>();
  sentences.forEach((sentence, i) => {
    if (putOff(sentence.tokens)) found.set(i, i);
    if (!isUndecidedVerdict(sentence.tokens)) return;
    found.set(i, i);
    for (let back = i - 1; back >= 0 && back >= i - NOTE_REACH; back--) {
      found.set(back, i);
      if (opensNote(sentences[back]?.tokens ?? [])) break;
    }
  });
  return found;
}

/** Verbs of a party's position: "wants", "asks for", "prefers", "pushes for". */
const WANTING = new Set([
  'want',
  'ask',
  'prefer',
  'propose',
  'argue',
  'push',
  'insist',
  'worry',
  'suggest',
  'request',
  'expect',
  'favour',
  'favor',
]);
const SPEAKER_IN_HEADING = new Set(['i', 'me', 'my', 'mine', 'we', 'our', 'us', 'pm', 'myself']);
const PARTY_WORDS = 5;

/**
 * "SRE: wants employees first, …", "Finance: wants 100 % by quarter end": a note whose heading
 * is a party other than the speaker and whose body is that party's wish.
 */
export function partyPosition(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon <= start) return false;
  const heading = words(tokens.slice(start, colon));
  if (heading.length === 0 || heading.length > PARTY_WORDS) return false;
  if (heading.some((token) => SPEAKER_IN_HEADING.has(token.text))) return false;
  const verb = tokens[colon + 1];
  return verb !== undefined && WANTING.has(verb.lemma) && verb.text !== verb.lemma;
}
