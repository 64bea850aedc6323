import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus';
import { FRESH_SET_RECORDS } from './freshSetRecords';
import { LAYOUT_FORMS, sentencesOf, transcribed } from './layoutForms';

const form = (id: string) => {
  const found = LAYOUT_FORMS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no layout ${id}`);
  return found;
};

const PLAN =
  'I own the order. Staff go first, then beta users.\n\n- Roll back at 0.5 % errors!\n2. Hold 24 h at each stage.';

/**
 * The answer's words, letters only and in lower case, in order; a checkbox's "[x]" is a list
 * marker, which a layout may change, not a word.
 */
const words = (text: string) =>
  text
    .replace(/\[[xX ]?\]/g, ' ')
    .toLowerCase()
    .match(/\p{L}+/gu) ?? [];
/**
 * Its numbers as written (0.5, 24), in order; markers a layout adds ([1], "2.") are not numbers
 * in a sentence. Units in any case: lower-casing "BOOKING_COMPLETION_48H" keeps its 48. A unit
 * ends where its word does in any script: "press 9. Hó, bye." run together is no nine hours.
 */
const numbers = (text: string) =>
  text.match(/\d+(?:\.\d+)?(?=\s*(?:%|h(?![\p{L}\p{N}])|ms(?![\p{L}\p{N}])))/giu) ?? [];

describe('an answer laid out another way', () => {
  it('is cut into its sentences, without the list markers it had', () => {
    expect(sentencesOf(PLAN)).toEqual([
      'I own the order.',
      'Staff go first, then beta users.',
      'Roll back at 0.5 % errors!',
      'Hold 24 h at each stage.',
    ]);
  });

  it('does not cut a sentence after an abbreviation’s stop', () => {
    expect(sentencesOf('A redeploy at 6 a.m. Berlin time is not a plan. Staff go first.')).toEqual([
      'A redeploy at 6 a.m. Berlin time is not a plan.',
      'Staff go first.',
    ]);
  });

  it('puts no footnote marker after an abbreviation’s stop', () => {
    expect(form('footnotes').apply('We roll back at 6 a.m. Berlin time.')).toBe(
      'We roll back at 6 a.m. Berlin time [1].',
    );
  });

  it('puts each sentence in a box of its own as a checklist', () => {
    expect(form('checkboxes').apply('Staff go first. Then beta users.')).toBe(
      '[ ] Staff go first.\n[ ] Then beta users.',
    );
  });

  it('puts a footnote marker before each sentence’s closing stop', () => {
    expect(form('footnotes').apply('Order: staff go first.\nRoll back at 0.5 %!')).toBe(
      'Order [1]: staff go first [2].\nRoll back at 0.5 % [3]!',
    );
  });

  it('keeps decimal points, percent signs and hyphenated words when a transcript drops punctuation', () => {
    expect(transcribed('Errors: 0.5 % — on-call rolls back (config flag).')).toBe(
      'errors 0.5 % on-call rolls back config flag',
    );
  });

  it('runs sentences together with dashes and no full stops in between', () => {
    expect(form('dash-joined').apply('Staff first. Then beta.')).toBe('Staff first — Then beta.');
  });

  it.each(LAYOUT_FORMS.map((layout) => [layout.id, layout] as const))(
    'keeps every labelled answer’s words and numbers in order: %s',
    (_id, layout) => {
      for (const answer of [...CORPUS, ...FRESH_SET_RECORDS.flatMap((set) => set.answers)]) {
        const laidOut = layout.apply(answer.text);
        expect(words(laidOut)).toEqual(words(answer.text));
        expect(numbers(laidOut)).toEqual(numbers(answer.text));
      }
    },
  );
});
