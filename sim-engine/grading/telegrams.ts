import type { Respelling, Standardised } from './dialect';

/**
 * An answer written as a telegram ("I OWN THE ORDER THE LIMITS AND THE HOLDS STOP ENGINEERING OWNS
 * ROUTING STOP") ends its sentences with the word STOP. The language model reads it as a word and
 * runs the sentences together, so in such an answer each STOP is read as a full stop and quoted
 * back as written.
 */

/** STOP in capitals, after a word and before a space or the line's end. */
const STOP_WORD = /(?<=\S) +STOP(?=\s|$)/g;
/** At least this many STOPs, and more of them than full stops and other sentence marks. */
const LEAST_STOPS = 3;
const SENTENCE_MARKS = /[.!?]/g;

/** Whether an answer ends its sentences with STOP, as a telegram does. */
export function isTelegram(answer: string): boolean {
  const stops = answer.match(STOP_WORD)?.length ?? 0;
  return stops >= LEAST_STOPS && stops > (answer.match(SENTENCE_MARKS)?.length ?? 0);
}

/** A telegram's text with each STOP read as a full stop, or null where it writes none. */
export function withStopsAsFullStops(text: string): Standardised | null {
  const respellings: Respelling[] = [];
  let removed = 0;
  const result = text.replace(STOP_WORD, (written, at: number) => {
    respellings.push({ at: at - removed, standard: '.', written });
    removed += written.length - 1;
    return '.';
  });
  return respellings.length === 0 ? null : { text: result, respellings };
}
