import type { LabelledAnswer } from './corpus';
import {
  FRESH_CORPUS,
  SECOND_FRESH_CORPUS,
  THIRD_FRESH_CORPUS,
  FOURTH_FRESH_CORPUS,
  FIFTH_FRESH_CORPUS,
  SIXTH_FRESH_CORPUS,
  SEVENTH_FRESH_CORPUS,
  EIGHTH_FRESH_CORPUS,
  NINTH_FRESH_CORPUS,
  TENTH_FRESH_CORPUS,
  ELEVENTH_FRESH_CORPUS,
  TWELFTH_FRESH_CORPUS,
  THIRTEENTH_FRESH_CORPUS,
  FOURTEENTH_FRESH_CORPUS,
  FIFTEENTH_FRESH_CORPUS,
  SIXTEENTH_FRESH_CORPUS,
  SEVENTEENTH_FRESH_CORPUS,
  EIGHTEENTH_FRESH_CORPUS,
  NINETEENTH_FRESH_CORPUS,
  TWENTIETH_FRESH_CORPUS,
  TWENTY_FIRST_FRESH_CORPUS,
  TWENTY_SECOND_FRESH_CORPUS,
  TWENTY_THIRD_FRESH_CORPUS,
  TWENTY_FOURTH_FRESH_CORPUS,
  TWENTY_FIFTH_FRESH_CORPUS,
  TWENTY_SIXTH_FRESH_CORPUS,
  TWENTY_SEVENTH_FRESH_CORPUS,
  TWENTY_EIGHTH_FRESH_CORPUS,
  TWENTY_NINTH_FRESH_CORPUS,
  THIRTIETH_FRESH_CORPUS,
  THIRTY_FIRST_FRESH_CORPUS,
  THIRTY_SECOND_FRESH_CORPUS,
  THIRTY_THIRD_FRESH_CORPUS,
  THIRTY_FOURTH_FRESH_CORPUS,
  THIRTY_FIFTH_FRESH_CORPUS,
  THIRTY_SIXTH_FRESH_CORPUS,
  THIRTY_SEVENTH_FRESH_CORPUS,
  THIRTY_EIGHTH_FRESH_CORPUS,
  THIRTY_NINTH_FRESH_CORPUS,
  FORTIETH_FRESH_CORPUS,
  FORTY_FIRST_FRESH_CORPUS,
  FORTY_SECOND_FRESH_CORPUS,
  FORTY_THIRD_FRESH_CORPUS,
  FORTY_FOURTH_FRESH_CORPUS,
  FORTY_FIFTH_FRESH_CORPUS,
  FORTY_SIXTH_FRESH_CORPUS,
  FORTY_SEVENTH_FRESH_CORPUS,
  FORTY_EIGHTH_FRESH_CORPUS,
  FORTY_NINTH_FRESH_CORPUS,
  FIFTIETH_FRESH_CORPUS,
  FIFTY_FIRST_FRESH_CORPUS,
  FIFTY_SECOND_FRESH_CORPUS,
  FIFTY_THIRD_FRESH_CORPUS,
  FIFTY_FOURTH_FRESH_CORPUS,
  FIFTY_FIFTH_FRESH_CORPUS,
  FIFTY_SIXTH_FRESH_CORPUS,
  FIFTY_SEVENTH_FRESH_CORPUS,
  FIFTY_EIGHTH_FRESH_CORPUS,
  FIFTY_NINTH_FRESH_CORPUS,
  SIXTIETH_FRESH_CORPUS,
  SIXTY_FIRST_FRESH_CORPUS,
  SIXTY_SECOND_FRESH_CORPUS,
  SIXTY_THIRD_FRESH_CORPUS,
  SIXTY_FOURTH_FRESH_CORPUS,
  SIXTY_FIFTH_FRESH_CORPUS,
  SIXTY_SIXTH_FRESH_CORPUS,
  SIXTY_SEVENTH_FRESH_CORPUS,
  SIXTY_EIGHTH_FRESH_CORPUS,
  SIXTY_NINTH_FRESH_CORPUS,
  SEVENTIETH_FRESH_CORPUS,
  SEVENTY_FIRST_FRESH_CORPUS,
  SEVENTY_SECOND_FRESH_CORPUS,
  SEVENTY_THIRD_FRESH_CORPUS,
  SEVENTY_FOURTH_FRESH_CORPUS,
  SEVENTY_FIFTH_FRESH_CORPUS,
  SEVENTY_SIXTH_FRESH_CORPUS,
  SEVENTY_SEVENTH_FRESH_CORPUS,
  SEVENTY_EIGHTH_FRESH_CORPUS,
  SEVENTY_NINTH_FRESH_CORPUS,
  EIGHTIETH_FRESH_CORPUS,
  EIGHTY_FIRST_FRESH_CORPUS,
  EIGHTY_SECOND_FRESH_CORPUS,
  EIGHTY_THIRD_FRESH_CORPUS,
  EIGHTY_FOURTH_FRESH_CORPUS,
  EIGHTY_FIFTH_FRESH_CORPUS,
  EIGHTY_SIXTH_FRESH_CORPUS,
  EIGHTY_SEVENTH_FRESH_CORPUS,
  EIGHTY_EIGHTH_FRESH_CORPUS,
  EIGHTY_NINTH_FRESH_CORPUS,
  NINETIETH_FRESH_CORPUS,
  NINETY_FIRST_FRESH_CORPUS,
  NINETY_SECOND_FRESH_CORPUS,
  NINETY_THIRD_FRESH_CORPUS,
  NINETY_FOURTH_FRESH_CORPUS,
  NINETY_FIFTH_FRESH_CORPUS,
  NINETY_SIXTH_FRESH_CORPUS,
  NINETY_SEVENTH_FRESH_CORPUS,
  NINETY_EIGHTH_FRESH_CORPUS,
  NINETY_NINTH_FRESH_CORPUS,
  HUNDREDTH_FRESH_CORPUS,
  HUNDRED_AND_FIRST_FRESH_CORPUS,
  HUNDRED_AND_SECOND_FRESH_CORPUS,
  HUNDRED_AND_THIRD_FRESH_CORPUS,
  HUNDRED_AND_FOURTH_FRESH_CORPUS,
  HUNDRED_AND_FIFTH_FRESH_CORPUS,
  HUNDRED_AND_SIXTH_FRESH_CORPUS,
  HUNDRED_AND_SEVENTH_FRESH_CORPUS,
  HUNDRED_AND_EIGHTH_FRESH_CORPUS,
  HUNDRED_AND_NINTH_FRESH_CORPUS,
  HUNDRED_AND_TENTH_FRESH_CORPUS,
  HUNDRED_AND_ELEVENTH_FRESH_CORPUS,
  HUNDRED_AND_TWELFTH_FRESH_CORPUS,
  HUNDRED_AND_THIRTEENTH_FRESH_CORPUS,
  HUNDRED_AND_FOURTEENTH_FRESH_CORPUS,
  HUNDRED_AND_FIFTEENTH_FRESH_CORPUS,
  HUNDRED_AND_SIXTEENTH_FRESH_CORPUS,
  HUNDRED_AND_SEVENTEENTH_FRESH_CORPUS,
  HUNDRED_AND_EIGHTEENTH_FRESH_CORPUS,
  HUNDRED_AND_NINETEENTH_FRESH_CORPUS,
  HUNDRED_AND_TWENTIETH_FRESH_CORPUS,
  HUNDRED_AND_TWENTY_FIRST_FRESH_CORPUS,
  HUNDRED_AND_TWENTY_SECOND_FRESH_CORPUS,
  HUNDRED_AND_TWENTY_THIRD_FRESH_CORPUS,
  HUNDRED_AND_TWENTY_FOURTH_FRESH_CORPUS,
  HUNDRED_AND_TWENTY_FIFTH_FRESH_CORPUS,
  HUNDRED_AND_TWENTY_SIXTH_FRESH_CORPUS,
  HUNDRED_AND_TWENTY_SEVENTH_FRESH_CORPUS,
  HUNDRED_AND_TWENTY_EIGHTH_FRESH_CORPUS,
  HUNDRED_AND_TWENTY_NINTH_FRESH_CORPUS,
} from './corpus';
import type { FreshEvaluationRecord } from './freshFirstEvaluation';
import { FRESH_FIRST_EVALUATION } from './freshFirstEvaluation';
import { SECOND_FRESH_FIRST_EVALUATION } from './secondFreshFirstEvaluation';
import { THIRD_FRESH_FIRST_EVALUATION } from './thirdFreshFirstEvaluation';
import { FOURTH_FRESH_FIRST_EVALUATION } from './fourthFreshFirstEvaluation';
import { FIFTH_FRESH_FIRST_EVALUATION } from './fifthFreshFirstEvaluation';
import { SIXTH_FRESH_FIRST_EVALUATION } from './sixthFreshFirstEvaluation';
import { SEVENTH_FRESH_FIRST_EVALUATION } from './seventhFreshFirstEvaluation';
import { EIGHTH_FRESH_FIRST_EVALUATION } from './eighthFreshFirstEvaluation';
import { NINTH_FRESH_FIRST_EVALUATION } from './ninthFreshFirstEvaluation';
import { TENTH_FRESH_FIRST_EVALUATION } from './tenthFreshFirstEvaluation';
import { ELEVENTH_FRESH_FIRST_EVALUATION } from './eleventhFreshFirstEvaluation';
import { TWELFTH_FRESH_FIRST_EVALUATION } from './twelfthFreshFirstEvaluation';
import { THIRTEENTH_FRESH_FIRST_EVALUATION } from './thirteenthFreshFirstEvaluation';
import { FOURTEENTH_FRESH_FIRST_EVALUATION } from './fourteenthFreshFirstEvaluation';
import { FIFTEENTH_FRESH_FIRST_EVALUATION } from './fifteenthFreshFirstEvaluation';
import { SIXTEENTH_FRESH_FIRST_EVALUATION } from './sixteenthFreshFirstEvaluation';
import { SEVENTEENTH_FRESH_FIRST_EVALUATION } from './seventeenthFreshFirstEvaluation';
import { EIGHTEENTH_FRESH_FIRST_EVALUATION } from './eighteenthFreshFirstEvaluation';
import { NINETEENTH_FRESH_FIRST_EVALUATION } from './nineteenthFreshFirstEvaluation';
import { TWENTIETH_FRESH_FIRST_EVALUATION } from './twentiethFreshFirstEvaluation';
import { TWENTY_FIRST_FRESH_FIRST_EVALUATION } from './twentyFirstFreshFirstEvaluation';
import { TWENTY_SECOND_FRESH_FIRST_EVALUATION } from './twentySecondFreshFirstEvaluation';
import { TWENTY_THIRD_FRESH_FIRST_EVALUATION } from './twentyThirdFreshFirstEvaluation';
import { TWENTY_FOURTH_FRESH_FIRST_EVALUATION } from './twentyFourthFreshFirstEvaluation';
import { TWENTY_FIFTH_FRESH_FIRST_EVALUATION } from './twentyFifthFreshFirstEvaluation';
import { TWENTY_SIXTH_FRESH_FIRST_EVALUATION } from './twentySixthFreshFirstEvaluation';
import { TWENTY_SEVENTH_FRESH_FIRST_EVALUATION } from './twentySeventhFreshFirstEvaluation';
import { TWENTY_EIGHTH_FRESH_FIRST_EVALUATION } from './twentyEighthFreshFirstEvaluation';
import { TWENTY_NINTH_FRESH_FIRST_EVALUATION } from './twentyNinthFreshFirstEvaluation';
import { THIRTIETH_FRESH_FIRST_EVALUATION } from './thirtiethFreshFirstEvaluation';
import { THIRTY_FIRST_FRESH_FIRST_EVALUATION } from './thirtyFirstFreshFirstEvaluation';
import { THIRTY_SECOND_FRESH_FIRST_EVALUATION } from './thirtySecondFreshFirstEvaluation';
import { THIRTY_THIRD_FRESH_FIRST_EVALUATION } from './thirtyThirdFreshFirstEvaluation';
import { THIRTY_FOURTH_FRESH_FIRST_EVALUATION } from './thirtyFourthFreshFirstEvaluation';
import { THIRTY_FIFTH_FRESH_FIRST_EVALUATION } from './thirtyFifthFreshFirstEvaluation';
import { THIRTY_SIXTH_FRESH_FIRST_EVALUATION } from './thirtySixthFreshFirstEvaluation';
import { THIRTY_SEVENTH_FRESH_FIRST_EVALUATION } from './thirtySeventhFreshFirstEvaluation';
import { THIRTY_EIGHTH_FRESH_FIRST_EVALUATION } from './thirtyEighthFreshFirstEvaluation';
import { THIRTY_NINTH_FRESH_FIRST_EVALUATION } from './thirtyNinthFreshFirstEvaluation';
import { FORTIETH_FRESH_FIRST_EVALUATION } from './fortiethFreshFirstEvaluation';
import { FORTY_FIRST_FRESH_FIRST_EVALUATION } from './fortyFirstFreshFirstEvaluation';
import { FORTY_SECOND_FRESH_FIRST_EVALUATION } from './fortySecondFreshFirstEvaluation';
import { FORTY_THIRD_FRESH_FIRST_EVALUATION } from './fortyThirdFreshFirstEvaluation';
import { FORTY_FOURTH_FRESH_FIRST_EVALUATION } from './fortyFourthFreshFirstEvaluation';
import { FORTY_FIFTH_FRESH_FIRST_EVALUATION } from './fortyFifthFreshFirstEvaluation';
import { FORTY_SIXTH_FRESH_FIRST_EVALUATION } from './fortySixthFreshFirstEvaluation';
import { FORTY_SEVENTH_FRESH_FIRST_EVALUATION } from './fortySeventhFreshFirstEvaluation';
import { FORTY_EIGHTH_FRESH_FIRST_EVALUATION } from './fortyEighthFreshFirstEvaluation';
import { FORTY_NINTH_FRESH_FIRST_EVALUATION } from './fortyNinthFreshFirstEvaluation';
import { FIFTIETH_FRESH_FIRST_EVALUATION } from './fiftiethFreshFirstEvaluation';
import { FIFTY_FIRST_FRESH_FIRST_EVALUATION } from './fiftyFirstFreshFirstEvaluation';
import { FIFTY_SECOND_FRESH_FIRST_EVALUATION } from './fiftySecondFreshFirstEvaluation';
import { FIFTY_THIRD_FRESH_FIRST_EVALUATION } from './fiftyThirdFreshFirstEvaluation';
import { FIFTY_FOURTH_FRESH_FIRST_EVALUATION } from './fiftyFourthFreshFirstEvaluation';
import { FIFTY_FIFTH_FRESH_FIRST_EVALUATION } from './fiftyFifthFreshFirstEvaluation';
import { FIFTY_SIXTH_FRESH_FIRST_EVALUATION } from './fiftySixthFreshFirstEvaluation';
import { FIFTY_SEVENTH_FRESH_FIRST_EVALUATION } from './fiftySeventhFreshFirstEvaluation';
import { FIFTY_EIGHTH_FRESH_FIRST_EVALUATION } from './fiftyEighthFreshFirstEvaluation';
import { FIFTY_NINTH_FRESH_FIRST_EVALUATION } from './fiftyNinthFreshFirstEvaluation';
import { SIXTIETH_FRESH_FIRST_EVALUATION } from './sixtiethFreshFirstEvaluation';
import { SIXTY_FIRST_FRESH_FIRST_EVALUATION } from './sixtyFirstFreshFirstEvaluation';
import { SIXTY_SECOND_FRESH_FIRST_EVALUATION } from './sixtySecondFreshFirstEvaluation';
import { SIXTY_THIRD_FRESH_FIRST_EVALUATION } from './sixtyThirdFreshFirstEvaluation';
import { SIXTY_FOURTH_FRESH_FIRST_EVALUATION } from './sixtyFourthFreshFirstEvaluation';
import { SIXTY_FIFTH_FRESH_FIRST_EVALUATION } from './sixtyFifthFreshFirstEvaluation';
import { SIXTY_SIXTH_FRESH_FIRST_EVALUATION } from './sixtySixthFreshFirstEvaluation';
import { SIXTY_SEVENTH_FRESH_FIRST_EVALUATION } from './sixtySeventhFreshFirstEvaluation';
import { SIXTY_EIGHTH_FRESH_FIRST_EVALUATION } from './sixtyEighthFreshFirstEvaluation';
import { SIXTY_NINTH_FRESH_FIRST_EVALUATION } from './sixtyNinthFreshFirstEvaluation';
import { SEVENTIETH_FRESH_FIRST_EVALUATION } from './seventiethFreshFirstEvaluation';
import { SEVENTY_FIRST_FRESH_FIRST_EVALUATION } from './seventyFirstFreshFirstEvaluation';
import { SEVENTY_SECOND_FRESH_FIRST_EVALUATION } from './seventySecondFreshFirstEvaluation';
import { SEVENTY_THIRD_FRESH_FIRST_EVALUATION } from './seventyThirdFreshFirstEvaluation';
import { SEVENTY_FOURTH_FRESH_FIRST_EVALUATION } from './seventyFourthFreshFirstEvaluation';
import { SEVENTY_FIFTH_FRESH_FIRST_EVALUATION } from './seventyFifthFreshFirstEvaluation';
import { SEVENTY_SIXTH_FRESH_FIRST_EVALUATION } from './seventySixthFreshFirstEvaluation';
import { SEVENTY_SEVENTH_FRESH_FIRST_EVALUATION } from './seventySeventhFreshFirstEvaluation';
import { SEVENTY_EIGHTH_FRESH_FIRST_EVALUATION } from './seventyEighthFreshFirstEvaluation';
import { SEVENTY_NINTH_FRESH_FIRST_EVALUATION } from './seventyNinthFreshFirstEvaluation';
import { EIGHTIETH_FRESH_FIRST_EVALUATION } from './eightiethFreshFirstEvaluation';
import { EIGHTY_FIRST_FRESH_FIRST_EVALUATION } from './eightyFirstFreshFirstEvaluation';
import { EIGHTY_SECOND_FRESH_FIRST_EVALUATION } from './eightySecondFreshFirstEvaluation';
import { EIGHTY_THIRD_FRESH_FIRST_EVALUATION } from './eightyThirdFreshFirstEvaluation';
import { EIGHTY_FOURTH_FRESH_FIRST_EVALUATION } from './eightyFourthFreshFirstEvaluation';
import { EIGHTY_FIFTH_FRESH_FIRST_EVALUATION } from './eightyFifthFreshFirstEvaluation';
import { EIGHTY_SIXTH_FRESH_FIRST_EVALUATION } from './eightySixthFreshFirstEvaluation';
import { EIGHTY_SEVENTH_FRESH_FIRST_EVALUATION } from './eightySeventhFreshFirstEvaluation';
import { EIGHTY_EIGHTH_FRESH_FIRST_EVALUATION } from './eightyEighthFreshFirstEvaluation';
import { EIGHTY_NINTH_FRESH_FIRST_EVALUATION } from './eightyNinthFreshFirstEvaluation';
import { NINETIETH_FRESH_FIRST_EVALUATION } from './ninetiethFreshFirstEvaluation';
import { NINETY_FIRST_FRESH_FIRST_EVALUATION } from './ninetyFirstFreshFirstEvaluation';
import { NINETY_SECOND_FRESH_FIRST_EVALUATION } from './ninetySecondFreshFirstEvaluation';
import { NINETY_THIRD_FRESH_FIRST_EVALUATION } from './ninetyThirdFreshFirstEvaluation';
import { NINETY_FOURTH_FRESH_FIRST_EVALUATION } from './ninetyFourthFreshFirstEvaluation';
import { NINETY_FIFTH_FRESH_FIRST_EVALUATION } from './ninetyFifthFreshFirstEvaluation';
import { NINETY_SIXTH_FRESH_FIRST_EVALUATION } from './ninetySixthFreshFirstEvaluation';
import { NINETY_SEVENTH_FRESH_FIRST_EVALUATION } from './ninetySeventhFreshFirstEvaluation';
import { NINETY_EIGHTH_FRESH_FIRST_EVALUATION } from './ninetyEighthFreshFirstEvaluation';
import { NINETY_NINTH_FRESH_FIRST_EVALUATION } from './ninetyNinthFreshFirstEvaluation';
import { HUNDREDTH_FRESH_FIRST_EVALUATION } from './hundredthFreshFirstEvaluation';
import { HUNDRED_AND_FIRST_FRESH_FIRST_EVALUATION } from './hundredAndFirstFreshFirstEvaluation';
import { HUNDRED_AND_SECOND_FRESH_FIRST_EVALUATION } from './hundredAndSecondFreshFirstEvaluation';
import { HUNDRED_AND_THIRD_FRESH_FIRST_EVALUATION } from './hundredAndThirdFreshFirstEvaluation';
import { HUNDRED_AND_FOURTH_FRESH_FIRST_EVALUATION } from './hundredAndFourthFreshFirstEvaluation';
import { HUNDRED_AND_FIFTH_FRESH_FIRST_EVALUATION } from './hundredAndFifthFreshFirstEvaluation';
import { HUNDRED_AND_SIXTH_FRESH_FIRST_EVALUATION } from './hundredAndSixthFreshFirstEvaluation';
import { HUNDRED_AND_SEVENTH_FRESH_FIRST_EVALUATION } from './hundredAndSeventhFreshFirstEvaluation';
import { HUNDRED_AND_EIGHTH_FRESH_FIRST_EVALUATION } from './hundredAndEighthFreshFirstEvaluation';
import { HUNDRED_AND_NINTH_FRESH_FIRST_EVALUATION } from './hundredAndNinthFreshFirstEvaluation';
import { HUNDRED_AND_TENTH_FRESH_FIRST_EVALUATION } from './hundredAndTenthFreshFirstEvaluation';
import { HUNDRED_AND_ELEVENTH_FRESH_FIRST_EVALUATION } from './hundredAndEleventhFreshFirstEvaluation';
import { HUNDRED_AND_TWELFTH_FRESH_FIRST_EVALUATION } from './hundredAndTwelfthFreshFirstEvaluation';
import { HUNDRED_AND_THIRTEENTH_FRESH_FIRST_EVALUATION } from './hundredAndThirteenthFreshFirstEvaluation';
import { HUNDRED_AND_FOURTEENTH_FRESH_FIRST_EVALUATION } from './hundredAndFourteenthFreshFirstEvaluation';
import { HUNDRED_AND_FIFTEENTH_FRESH_FIRST_EVALUATION } from './hundredAndFifteenthFreshFirstEvaluation';
import { HUNDRED_AND_SIXTEENTH_FRESH_FIRST_EVALUATION } from './hundredAndSixteenthFreshFirstEvaluation';
import { HUNDRED_AND_SEVENTEENTH_FRESH_FIRST_EVALUATION } from './hundredAndSeventeenthFreshFirstEvaluation';
import { HUNDRED_AND_EIGHTEENTH_FRESH_FIRST_EVALUATION } from './hundredAndEighteenthFreshFirstEvaluation';
import { HUNDRED_AND_NINETEENTH_FRESH_FIRST_EVALUATION } from './hundredAndNineteenthFreshFirstEvaluation';
import { HUNDRED_AND_TWENTIETH_FRESH_FIRST_EVALUATION } from './hundredAndTwentiethFreshFirstEvaluation';
import { HUNDRED_AND_TWENTY_FIRST_FRESH_FIRST_EVALUATION } from './hundredAndTwentyFirstFreshFirstEvaluation';
import { HUNDRED_AND_TWENTY_SECOND_FRESH_FIRST_EVALUATION } from './hundredAndTwentySecondFreshFirstEvaluation';
import { HUNDRED_AND_TWENTY_THIRD_FRESH_FIRST_EVALUATION } from './hundredAndTwentyThirdFreshFirstEvaluation';
import { HUNDRED_AND_TWENTY_FOURTH_FRESH_FIRST_EVALUATION } from './hundredAndTwentyFourthFreshFirstEvaluation';
import { HUNDRED_AND_TWENTY_FIFTH_FRESH_FIRST_EVALUATION } from './hundredAndTwentyFifthFreshFirstEvaluation';
import { HUNDRED_AND_TWENTY_SIXTH_FRESH_FIRST_EVALUATION } from './hundredAndTwentySixthFreshFirstEvaluation';
import { HUNDRED_AND_TWENTY_SEVENTH_FRESH_FIRST_EVALUATION } from './hundredAndTwentySeventhFreshFirstEvaluation';
import { HUNDRED_AND_TWENTY_EIGHTH_FRESH_FIRST_EVALUATION } from './hundredAndTwentyEighthFreshFirstEvaluation';
import { HUNDRED_AND_TWENTY_NINTH_FRESH_FIRST_EVALUATION } from './hundredAndTwentyNinthFreshFirstEvaluation';

/**
 * Every fresh set, written by authors who never read the grader and graded once as held out
 * (README.md), with the figures of that one evaluation. corpus.test.ts holds the grader to no
 * worse on each: every point's precision and recall and the good answers' floors, and for a set
 * marked held out its poor answers' ceilings too. The first eight are also in its training
 * splits, where issue 14's targets are asserted; the later ones' targets are reported there.
 */
export interface FreshSetRecord {
  readonly name: string;
  readonly answers: readonly LabelledAnswer[];
  readonly first: FreshEvaluationRecord;
  readonly prefix: string;
  /** Held to its poor answers' ceilings at its one evaluation too (not only its good answers' floors). */
  readonly heldOut?: boolean;
  /** Ceilings raised since, each only by points the set's authors labelled (said where). */
  readonly raisedByLabelledPoints?: Partial<Record<string, number>>;
  /**
   * Ceilings raised since by a point or two of partial credit, no point gained (said where and
   * why); the ceiling for the class still holds, asserted with the training splits.
   */
  readonly raisedWithoutPoints?: Partial<Record<string, number>>;
}

export const FRESH_SET_RECORDS: readonly FreshSetRecord[] = [
  {
    name: 'first fresh set (now training)',
    answers: FRESH_CORPUS,
    first: FRESH_FIRST_EVALUATION,
    prefix: 'f',
  },
  {
    name: 'second fresh set (now training)',
    answers: SECOND_FRESH_CORPUS,
    first: SECOND_FRESH_FIRST_EVALUATION,
    prefix: 'g',
  },
  {
    name: 'third fresh set (now training)',
    answers: THIRD_FRESH_CORPUS,
    first: THIRD_FRESH_FIRST_EVALUATION,
    prefix: 'h',
    // Poor answers were held to their first evaluation's ceiling while the set was held out;
    // they still may not score higher than then.
    heldOut: true,
  },
  {
    name: 'fourth fresh set (now training)',
    answers: FOURTH_FRESH_CORPUS,
    first: FOURTH_FRESH_FIRST_EVALUATION,
    prefix: 'k',
    // As for the third: poor answers may not score higher than at its one evaluation.
    heldOut: true,
  },
  {
    name: 'fifth fresh set (now training)',
    answers: FIFTH_FRESH_CORPUS,
    first: FIFTH_FRESH_FIRST_EVALUATION,
    prefix: 'm',
    // As for the third and fourth: poor answers may not score higher than at its one evaluation.
    heldOut: true,
  },
  {
    name: 'sixth fresh set (now training)',
    answers: SIXTH_FRESH_CORPUS,
    first: SIXTH_FRESH_FIRST_EVALUATION,
    prefix: 'n',
    // As for the third to fifth: poor answers may not score higher than at its one evaluation.
    heldOut: true,
  },
  {
    name: 'seventh fresh set (now training)',
    answers: SEVENTH_FRESH_CORPUS,
    first: SEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'p',
    // Tuned on since its one evaluation: a poor answer may gain a point it is labelled with (p018,
    // misconception-led, earns its labelled ownership: 15 → 16); its ceiling is the issue's
    // target, asserted with the training splits above.
  },
  {
    name: 'eighth fresh set (now training)',
    answers: EIGHTH_FRESH_CORPUS,
    first: EIGHTH_FRESH_FIRST_EVALUATION,
    prefix: 'q',
    // Graded once at 7299ef5 and recorded as it came out (three score targets missed there: see
    // the corpus README), then tuned on; poor answers may not score higher than then either.
    heldOut: true,
  },
  {
    name: 'ninth fresh set (now training)',
    answers: NINTH_FRESH_CORPUS,
    first: NINTH_FRESH_FIRST_EVALUATION,
    prefix: 'r',
    // Graded once at 24e9f4b and recorded as it came out (see the corpus README), then tuned on
    // (probeSets.test.ts asserts its poor-class targets); poor answers may not score higher than then.
    heldOut: true,
  },
  {
    name: 'tenth fresh set (held out, graded once)',
    answers: TENTH_FRESH_CORPUS,
    first: TENTH_FRESH_FIRST_EVALUATION,
    prefix: 'u',
    // Graded once at 7a35daa and recorded as it came out (see the corpus README).
    heldOut: true,
  },
  {
    name: 'eleventh fresh set (held out, graded once)',
    answers: ELEVENTH_FRESH_CORPUS,
    first: ELEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'x',
    // Graded once at 29dad6e and recorded as it came out (see the corpus README).
    heldOut: true,
    // Raised at grader13 by points the authors labelled, and only by them: x018 gains its
    // ownership ("my part is deciding who sees it", 29 → 39), x017 its cohort order (28 → 33).
    // Issue 14's ceiling (55, below every strong answer) is asserted with the training splits.
    raisedByLabelledPoints: { misconception: 39 },
  },
  {
    name: 'twelfth fresh set (held out, graded once)',
    answers: TWELFTH_FRESH_CORPUS,
    first: TWELFTH_FRESH_FIRST_EVALUATION,
    prefix: 'y',
    // Graded once at c37f5c9 and recorded as it came out (see the corpus README).
    heldOut: true,
  },
  {
    name: 'thirteenth fresh set (held out, graded once)',
    answers: THIRTEENTH_FRESH_CORPUS,
    first: THIRTEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'e',
    // Graded once at 1d1d7f3 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'fourteenth fresh set (held out, graded once)',
    answers: FOURTEENTH_FRESH_CORPUS,
    first: FOURTEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'j',
    // Graded once at 81d3c18 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'fifteenth fresh set (held out, graded once)',
    answers: FIFTEENTH_FRESH_CORPUS,
    first: FIFTEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'a',
    // Graded once at af2a146 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'sixteenth fresh set (held out, graded once)',
    answers: SIXTEENTH_FRESH_CORPUS,
    first: SIXTEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'd',
    // Graded once at 784cc1c (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'seventeenth fresh set (held out, graded once)',
    answers: SEVENTEENTH_FRESH_CORPUS,
    first: SEVENTEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'b',
    // Graded once at d1fdd4c (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'eighteenth fresh set (held out, graded once)',
    answers: EIGHTEENTH_FRESH_CORPUS,
    first: EIGHTEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'i',
    // Graded once at e121d07 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'nineteenth fresh set (held out, graded once)',
    answers: NINETEENTH_FRESH_CORPUS,
    first: NINETEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'l',
    // Graded once at c4f31d4 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'twentieth fresh set (held out, graded once)',
    answers: TWENTIETH_FRESH_CORPUS,
    first: TWENTIETH_FRESH_FIRST_EVALUATION,
    prefix: 'o',
    // Graded once at ef6470d (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'twenty-first fresh set (held out, graded once)',
    answers: TWENTY_FIRST_FRESH_CORPUS,
    first: TWENTY_FIRST_FRESH_FIRST_EVALUATION,
    prefix: 'aa',
    // Graded once at 517d01a (grader 9caab11; three authors, 60 answers) and recorded as it came
    // out (see the corpus README).
    heldOut: true,
  },
  {
    name: 'twenty-second fresh set (held out, graded once)',
    answers: TWENTY_SECOND_FRESH_CORPUS,
    first: TWENTY_SECOND_FRESH_FIRST_EVALUATION,
    prefix: 'ab',
    // Graded once at 70118de (grader 800b41d; three authors, 60 answers) and recorded as it came
    // out (see the corpus README).
    heldOut: true,
  },
  {
    name: 'twenty-third fresh set (held out, graded once)',
    answers: TWENTY_THIRD_FRESH_CORPUS,
    first: TWENTY_THIRD_FRESH_FIRST_EVALUATION,
    prefix: 'ac',
    // Graded once at 25b5087 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'twenty-fourth fresh set (held out, graded once)',
    answers: TWENTY_FOURTH_FRESH_CORPUS,
    first: TWENTY_FOURTH_FRESH_FIRST_EVALUATION,
    prefix: 'ad',
    // Graded once at 1a800d0 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'twenty-fifth fresh set (held out, graded once)',
    answers: TWENTY_FIFTH_FRESH_CORPUS,
    first: TWENTY_FIFTH_FRESH_FIRST_EVALUATION,
    prefix: 'ae',
    // Graded once at dd29dac (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'twenty-sixth fresh set (held out, graded once)',
    answers: TWENTY_SIXTH_FRESH_CORPUS,
    first: TWENTY_SIXTH_FRESH_FIRST_EVALUATION,
    prefix: 'af',
    // Graded once at b16b32e (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'twenty-seventh fresh set (held out, graded once)',
    answers: TWENTY_SEVENTH_FRESH_CORPUS,
    first: TWENTY_SEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'ag',
    // Graded once at 4d73087 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'twenty-eighth fresh set (held out, graded once)',
    answers: TWENTY_EIGHTH_FRESH_CORPUS,
    first: TWENTY_EIGHTH_FRESH_FIRST_EVALUATION,
    prefix: 'ah',
    // Graded once at 8dec8c6 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'twenty-ninth fresh set (held out, graded once)',
    answers: TWENTY_NINTH_FRESH_CORPUS,
    first: TWENTY_NINTH_FRESH_FIRST_EVALUATION,
    prefix: 'ai',
    // Graded once at b3b3c74 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'thirtieth fresh set (held out, graded once)',
    answers: THIRTIETH_FRESH_CORPUS,
    first: THIRTIETH_FRESH_FIRST_EVALUATION,
    prefix: 'aj',
    // Graded once at 8700f6f (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'thirty-first fresh set (held out, graded once)',
    answers: THIRTY_FIRST_FRESH_CORPUS,
    first: THIRTY_FIRST_FRESH_FIRST_EVALUATION,
    prefix: 'ak',
    // Graded once at 693ae00 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'thirty-second fresh set (held out, graded once)',
    answers: THIRTY_SECOND_FRESH_CORPUS,
    first: THIRTY_SECOND_FRESH_FIRST_EVALUATION,
    prefix: 'al',
    // Graded once at ebf5216 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'thirty-third fresh set (held out, graded once)',
    answers: THIRTY_THIRD_FRESH_CORPUS,
    first: THIRTY_THIRD_FRESH_FIRST_EVALUATION,
    prefix: 'am',
    // Graded once at 566abc2 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'thirty-fourth fresh set (held out, graded once)',
    answers: THIRTY_FOURTH_FRESH_CORPUS,
    first: THIRTY_FOURTH_FRESH_FIRST_EVALUATION,
    prefix: 'an',
    // Graded once at 7f042c0 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'thirty-fifth fresh set (held out, graded once)',
    answers: THIRTY_FIFTH_FRESH_CORPUS,
    first: THIRTY_FIFTH_FRESH_FIRST_EVALUATION,
    prefix: 'ao',
    // Graded once at d008666 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'thirty-sixth fresh set (held out, graded once)',
    answers: THIRTY_SIXTH_FRESH_CORPUS,
    first: THIRTY_SIXTH_FRESH_FIRST_EVALUATION,
    prefix: 'ap',
    // Graded once at dca7b29 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'thirty-seventh fresh set (held out, graded once)',
    answers: THIRTY_SEVENTH_FRESH_CORPUS,
    first: THIRTY_SEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'aq',
    // Graded once at 998c6f0 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'thirty-eighth fresh set (held out, graded once)',
    answers: THIRTY_EIGHTH_FRESH_CORPUS,
    first: THIRTY_EIGHTH_FRESH_FIRST_EVALUATION,
    prefix: 'ar',
    // Graded once at 61b4d52 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'thirty-ninth fresh set (held out, graded once)',
    answers: THIRTY_NINTH_FRESH_CORPUS,
    first: THIRTY_NINTH_FRESH_FIRST_EVALUATION,
    prefix: 'as',
    // Graded once at 9d7b3c4 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'fortieth fresh set (held out, graded once)',
    answers: FORTIETH_FRESH_CORPUS,
    first: FORTIETH_FRESH_FIRST_EVALUATION,
    prefix: 'at',
    // Graded once at 9ca5560 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'forty-first fresh set (held out, graded once)',
    answers: FORTY_FIRST_FRESH_CORPUS,
    first: FORTY_FIRST_FRESH_FIRST_EVALUATION,
    prefix: 'au',
    // Graded once at 46bcdf4 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'forty-second fresh set (held out, graded once)',
    answers: FORTY_SECOND_FRESH_CORPUS,
    first: FORTY_SECOND_FRESH_FIRST_EVALUATION,
    prefix: 'av',
    // Graded once at 5cd49ff (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'forty-third fresh set (held out, graded once)',
    answers: FORTY_THIRD_FRESH_CORPUS,
    first: FORTY_THIRD_FRESH_FIRST_EVALUATION,
    prefix: 'aw',
    // Graded once at 4d6f44e (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'forty-fourth fresh set (held out, graded once)',
    answers: FORTY_FOURTH_FRESH_CORPUS,
    first: FORTY_FOURTH_FRESH_FIRST_EVALUATION,
    prefix: 'ax',
    // Graded once at c2af1c1 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'forty-fifth fresh set (held out, graded once)',
    answers: FORTY_FIFTH_FRESH_CORPUS,
    first: FORTY_FIFTH_FRESH_FIRST_EVALUATION,
    prefix: 'ay',
    // Graded once at c1b52b1 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'forty-sixth fresh set (held out, graded once)',
    answers: FORTY_SIXTH_FRESH_CORPUS,
    first: FORTY_SIXTH_FRESH_FIRST_EVALUATION,
    prefix: 'az',
    // Graded once at 7f5124c (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'forty-seventh fresh set (held out, graded once)',
    answers: FORTY_SEVENTH_FRESH_CORPUS,
    first: FORTY_SEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'ba',
    // Graded once at 3096b43 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'forty-eighth fresh set (held out, graded once)',
    answers: FORTY_EIGHTH_FRESH_CORPUS,
    first: FORTY_EIGHTH_FRESH_FIRST_EVALUATION,
    prefix: 'bb',
    // Graded once at 6ad77c3 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'forty-ninth fresh set (held out, graded once)',
    answers: FORTY_NINTH_FRESH_CORPUS,
    first: FORTY_NINTH_FRESH_FIRST_EVALUATION,
    prefix: 'bc',
    // Graded once at a351e1c (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'fiftieth fresh set (held out, graded once)',
    answers: FIFTIETH_FRESH_CORPUS,
    first: FIFTIETH_FRESH_FIRST_EVALUATION,
    prefix: 'bd',
    // Graded once at 8b21ef2 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'fifty-first fresh set (held out, graded once)',
    answers: FIFTY_FIRST_FRESH_CORPUS,
    first: FIFTY_FIRST_FRESH_FIRST_EVALUATION,
    prefix: 'be',
    // Graded once at 7ceb596 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'fifty-second fresh set (held out, graded once)',
    answers: FIFTY_SECOND_FRESH_CORPUS,
    first: FIFTY_SECOND_FRESH_FIRST_EVALUATION,
    prefix: 'bf',
    // Graded once at aad9901 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'fifty-third fresh set (held out, graded once)',
    answers: FIFTY_THIRD_FRESH_CORPUS,
    first: FIFTY_THIRD_FRESH_FIRST_EVALUATION,
    prefix: 'bg',
    // Graded once at 0c00d11 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'fifty-fourth fresh set (held out, graded once)',
    answers: FIFTY_FOURTH_FRESH_CORPUS,
    first: FIFTY_FOURTH_FRESH_FIRST_EVALUATION,
    prefix: 'bh',
    // Graded once at 64feed5 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'fifty-fifth fresh set (held out, graded once)',
    answers: FIFTY_FIFTH_FRESH_CORPUS,
    first: FIFTY_FIFTH_FRESH_FIRST_EVALUATION,
    prefix: 'bi',
    // Graded once at 2b5fdf4 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
    // Raised at grader68 by a point the authors labelled, and only by it: bi057's "Large
    // employers go last, because …" is read as the largest customers put last, completing the
    // cohort order it is labelled with (27 → 28). Its misconception is still found.
    raisedByLabelledPoints: { misconception: 28 },
  },
  {
    name: 'fifty-sixth fresh set (held out, graded once)',
    answers: FIFTY_SIXTH_FRESH_CORPUS,
    first: FIFTY_SIXTH_FRESH_FIRST_EVALUATION,
    prefix: 'bj',
    // Graded once at 8129b7f (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'fifty-seventh fresh set (held out, graded once)',
    answers: FIFTY_SEVENTH_FRESH_CORPUS,
    first: FIFTY_SEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'bk',
    // Graded once at 3b7ac3c (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'fifty-eighth fresh set (held out, graded once)',
    answers: FIFTY_EIGHTH_FRESH_CORPUS,
    first: FIFTY_EIGHTH_FRESH_FIRST_EVALUATION,
    prefix: 'bl',
    // Graded once at 5015629 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'fifty-ninth fresh set (held out, graded once)',
    answers: FIFTY_NINTH_FRESH_CORPUS,
    first: FIFTY_NINTH_FRESH_FIRST_EVALUATION,
    prefix: 'bm',
    // Graded once at 9e4dc94 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'sixtieth fresh set (held out, graded once)',
    answers: SIXTIETH_FRESH_CORPUS,
    first: SIXTIETH_FRESH_FIRST_EVALUATION,
    prefix: 'bn',
    // Graded once at a5afe44 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'sixty-first fresh set (held out, graded once)',
    answers: SIXTY_FIRST_FRESH_CORPUS,
    first: SIXTY_FIRST_FRESH_FIRST_EVALUATION,
    prefix: 'bo',
    // Graded once at 7e84bbe (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'sixty-second fresh set (held out, graded once)',
    answers: SIXTY_SECOND_FRESH_CORPUS,
    first: SIXTY_SECOND_FRESH_FIRST_EVALUATION,
    prefix: 'bp',
    // Graded once at 2e53d75 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'sixty-third fresh set (held out, graded once)',
    answers: SIXTY_THIRD_FRESH_CORPUS,
    first: SIXTY_THIRD_FRESH_FIRST_EVALUATION,
    prefix: 'bq',
    // Graded once at fde16cb (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'sixty-fourth fresh set (held out, graded once)',
    answers: SIXTY_FOURTH_FRESH_CORPUS,
    first: SIXTY_FOURTH_FRESH_FIRST_EVALUATION,
    prefix: 'br',
    // Graded once at ed7ef87 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'sixty-fifth fresh set (held out, graded once)',
    answers: SIXTY_FIFTH_FRESH_CORPUS,
    first: SIXTY_FIFTH_FRESH_FIRST_EVALUATION,
    prefix: 'bs',
    // Graded once at 62371c6 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'sixty-sixth fresh set (held out, graded once)',
    answers: SIXTY_SIXTH_FRESH_CORPUS,
    first: SIXTY_SIXTH_FRESH_FIRST_EVALUATION,
    prefix: 'bt',
    // Graded once at 21a891d (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'sixty-seventh fresh set (held out, graded once)',
    answers: SIXTY_SEVENTH_FRESH_CORPUS,
    first: SIXTY_SEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'bu',
    // Graded once at 3e416e1 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'sixty-eighth fresh set (held out, graded once)',
    answers: SIXTY_EIGHTH_FRESH_CORPUS,
    first: SIXTY_EIGHTH_FRESH_FIRST_EVALUATION,
    prefix: 'bv',
    // Graded once at 70a8579 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'sixty-ninth fresh set (held out, graded once)',
    answers: SIXTY_NINTH_FRESH_CORPUS,
    first: SIXTY_NINTH_FRESH_FIRST_EVALUATION,
    prefix: 'bw',
    // Graded once at ba70205 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'seventieth fresh set (held out, graded once)',
    answers: SEVENTIETH_FRESH_CORPUS,
    first: SEVENTIETH_FRESH_FIRST_EVALUATION,
    prefix: 'bx',
    // Graded once at 27e095d (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'seventy-first fresh set (held out, graded once)',
    answers: SEVENTY_FIRST_FRESH_CORPUS,
    first: SEVENTY_FIRST_FRESH_FIRST_EVALUATION,
    prefix: 'by',
    // Graded once at 3fdcaa7 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'seventy-second fresh set (held out, graded once)',
    answers: SEVENTY_SECOND_FRESH_CORPUS,
    first: SEVENTY_SECOND_FRESH_FIRST_EVALUATION,
    prefix: 'bz',
    // Graded once at 3fabe61 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'seventy-third fresh set (held out, graded once)',
    answers: SEVENTY_THIRD_FRESH_CORPUS,
    first: SEVENTY_THIRD_FRESH_FIRST_EVALUATION,
    prefix: 'ca',
    // Graded once at 9ed223b (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'seventy-fourth fresh set (held out, graded once)',
    answers: SEVENTY_FOURTH_FRESH_CORPUS,
    first: SEVENTY_FOURTH_FRESH_FIRST_EVALUATION,
    prefix: 'cb',
    // Graded once at 6cc4042 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'seventy-fifth fresh set (held out, graded once)',
    answers: SEVENTY_FIFTH_FRESH_CORPUS,
    first: SEVENTY_FIFTH_FRESH_FIRST_EVALUATION,
    prefix: 'cc',
    // Graded once at 6f285bd (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'seventy-sixth fresh set (held out, graded once)',
    answers: SEVENTY_SIXTH_FRESH_CORPUS,
    first: SEVENTY_SIXTH_FRESH_FIRST_EVALUATION,
    prefix: 'cd',
    // Graded once at f787afe (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
    // Raised at grader83 by a point the authors labelled, and only by it: cd058's "Whoever's on
    // call sticks the old version back" is read as the rollback it is labelled with, so its "day
    // or night, without asking me" and "a flag flip, a couple of minutes" count (23 → 26). Its
    // thresholds misconception is still found.
    raisedByLabelledPoints: { misconception: 26 },
  },
  {
    name: 'seventy-seventh fresh set (held out, graded once)',
    answers: SEVENTY_SEVENTH_FRESH_CORPUS,
    first: SEVENTY_SEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'ce',
    // Graded once at 006a1d1 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'seventy-eighth fresh set (held out, graded once)',
    answers: SEVENTY_EIGHTH_FRESH_CORPUS,
    first: SEVENTY_EIGHTH_FRESH_FIRST_EVALUATION,
    prefix: 'cf',
    // Graded once at 8aa902a (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'seventy-ninth fresh set (held out, graded once)',
    answers: SEVENTY_NINTH_FRESH_CORPUS,
    first: SEVENTY_NINTH_FRESH_FIRST_EVALUATION,
    prefix: 'cg',
    // Graded once at 290f69a (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'eightieth fresh set (held out, graded once)',
    answers: EIGHTIETH_FRESH_CORPUS,
    first: EIGHTIETH_FRESH_FIRST_EVALUATION,
    prefix: 'ch',
    // Graded once at 9192a47 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'eighty-first fresh set (held out, graded once)',
    answers: EIGHTY_FIRST_FRESH_CORPUS,
    first: EIGHTY_FIRST_FRESH_FIRST_EVALUATION,
    prefix: 'ci',
    // Graded once at b5c78ce (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
    // Raised at grader84 by a point the authors labelled, and only by it: ci058's "rips back to
    // the old version" is read as the rollback it is labelled with (14 → 20), as is ci037's (11 →
    // 17). Both misconceptions are still found. At grader104 ci058 gains the holds it is labelled
    // with too ("the sleeves at 50 per cent for 2,000 bookings", a stage held for a count: 20 →
    // 25). At grader108 its rollback keeps "day or night" after "no need to phone me" (rollback
    // 0.90 → 1.00 of the point it is labelled with: 25 → 26).
    raisedByLabelledPoints: { misconception: 26 },
  },
  {
    name: 'eighty-second fresh set (held out, graded once)',
    answers: EIGHTY_SECOND_FRESH_CORPUS,
    first: EIGHTY_SECOND_FRESH_FIRST_EVALUATION,
    prefix: 'cj',
    // Graded once at 4887e40 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'eighty-third fresh set (held out, graded once)',
    answers: EIGHTY_THIRD_FRESH_CORPUS,
    first: EIGHTY_THIRD_FRESH_FIRST_EVALUATION,
    prefix: 'ck',
    // Graded once at bfd28d6 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
    // Raised at grader86 to 51 by a point the authors labelled (ck038's holds, 35 → 51) and
    // lowered again at grader87, where ck038's misconception is found (51 → 25) and ck018's too
    // (39 → 21): the set's misconception-led answers are back under the ceiling of its evaluation.
  },
  {
    name: 'eighty-fourth fresh set (held out, graded once)',
    answers: EIGHTY_FOURTH_FRESH_CORPUS,
    first: EIGHTY_FOURTH_FRESH_FIRST_EVALUATION,
    prefix: 'cl',
    // Graded once at 81907fb (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'eighty-fifth fresh set (held out, graded once)',
    answers: EIGHTY_FIFTH_FRESH_CORPUS,
    first: EIGHTY_FIFTH_FRESH_FIRST_EVALUATION,
    prefix: 'cm',
    // Graded once at 6628583 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'eighty-sixth fresh set (held out, graded once)',
    answers: EIGHTY_SIXTH_FRESH_CORPUS,
    first: EIGHTY_SIXTH_FRESH_FIRST_EVALUATION,
    prefix: 'cn',
    // Graded once at da5c278 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'eighty-seventh fresh set (held out, graded once)',
    answers: EIGHTY_SEVENTH_FRESH_CORPUS,
    first: EIGHTY_SEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'co',
    // Graded once at e8f9342 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'eighty-eighth fresh set (held out, graded once)',
    answers: EIGHTY_EIGHTH_FRESH_CORPUS,
    first: EIGHTY_EIGHTH_FRESH_FIRST_EVALUATION,
    prefix: 'cp',
    // Graded once at f725524 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'eighty-ninth fresh set (held out, graded once)',
    answers: EIGHTY_NINTH_FRESH_CORPUS,
    first: EIGHTY_NINTH_FRESH_FIRST_EVALUATION,
    prefix: 'cq',
    // Graded once at 386d26c (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'ninetieth fresh set (held out, graded once)',
    answers: NINETIETH_FRESH_CORPUS,
    first: NINETIETH_FRESH_FIRST_EVALUATION,
    prefix: 'cr',
    // Graded once at 504cc42 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'ninety-first fresh set (held out, graded once)',
    answers: NINETY_FIRST_FRESH_CORPUS,
    first: NINETY_FIRST_FRESH_FIRST_EVALUATION,
    prefix: 'cs',
    // Graded once at da03f49 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'ninety-second fresh set (held out, graded once)',
    answers: NINETY_SECOND_FRESH_CORPUS,
    first: NINETY_SECOND_FRESH_FIRST_EVALUATION,
    prefix: 'ct',
    // Graded once at 8831ab2 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
    // Raised at grader129 without a point: ct057's "thumbs-down more than 3 points worse" is now
    // a limit on what users say, credited as a business limit, inside the thresholds it was
    // already credited with (33 → 34). Its misconception (the canary as the A/B test) is still found.
    raisedWithoutPoints: { misconception: 34 },
  },
  {
    name: 'ninety-third fresh set (held out, graded once)',
    answers: NINETY_THIRD_FRESH_CORPUS,
    first: NINETY_THIRD_FRESH_FIRST_EVALUATION,
    prefix: 'cu',
    // Graded once at 5f87b5d (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
    // Raised at grader97 by a point the authors labelled, and only by it: the telegram cu017, read
    // with its STOPs as full stops and in lower case, earns its labelled cohort order in full
    // (credit 0.85 → 1.00, 27 → 28). Its misconception is still found. Raised again at grader112
    // by its labelled rollback, already covered: "ONE ROUTING SWITCH AND IT IS DONE IN MINUTES
    // STOP", right after the rollback, now gives its switch and speed (credit 0.60 → 0.90, 28 →
    // 29). Raised a third time at grader115 by the same labelled rollback: "ANY HOUR STOP", a
    // note right after the rollback's clause, now gives its hours (credit 0.90 → 1.00, 29 → 30).
    raisedByLabelledPoints: { misconception: 30 },
  },
  {
    name: 'ninety-fourth fresh set (held out, graded once)',
    answers: NINETY_FOURTH_FRESH_CORPUS,
    first: NINETY_FOURTH_FRESH_FIRST_EVALUATION,
    prefix: 'cv',
    // Graded once at 114775a (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
    // Raised at grader97 by a point the authors labelled, and only by it: cv038's narrator says
    // the product manager's job 'is the order, the holds and the limits', read as the ownership
    // it is labelled with (26 → 35). Its misconception (limits set on the night by eye) was
    // missed before and is missed still.
    raisedByLabelledPoints: { misconception: 35 },
  },
  {
    name: 'ninety-fifth fresh set (held out, graded once)',
    answers: NINETY_FIFTH_FRESH_CORPUS,
    first: NINETY_FIFTH_FRESH_FIRST_EVALUATION,
    prefix: 'cw',
    // Graded once at 5679276 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'ninety-sixth fresh set (held out, graded once)',
    answers: NINETY_SIXTH_FRESH_CORPUS,
    first: NINETY_SIXTH_FRESH_FIRST_EVALUATION,
    prefix: 'cx',
    // Graded once at 28b191e (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'ninety-seventh fresh set (held out, graded once)',
    answers: NINETY_SEVENTH_FRESH_CORPUS,
    first: NINETY_SEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'cy',
    // Graded once at 1e0d36e (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'ninety-eighth fresh set (held out, graded once)',
    answers: NINETY_EIGHTH_FRESH_CORPUS,
    first: NINETY_EIGHTH_FRESH_FIRST_EVALUATION,
    prefix: 'cz',
    // Graded once at 9c2d508 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'ninety-ninth fresh set (held out, graded once)',
    answers: NINETY_NINTH_FRESH_CORPUS,
    first: NINETY_NINTH_FRESH_FIRST_EVALUATION,
    prefix: 'da',
    // Graded once at 655442c (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
    // Raised at grader110 by a point its author labelled, and only by it: da038 gains the model
    // signals it watches under "What we watch …:" (23 → 24). Issue 14's ceiling (55, below every
    // strong answer) is asserted with the training splits.
    raisedByLabelledPoints: { misconception: 24 },
  },
  {
    name: 'hundredth fresh set (held out, graded once)',
    answers: HUNDREDTH_FRESH_CORPUS,
    first: HUNDREDTH_FRESH_FIRST_EVALUATION,
    prefix: 'db',
    // Graded once at 2df5eef (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
    // Raised at grader104 without a point: the salad db034's "Scrub that." now withdraws the line
    // of terms before it, so fewer of its terms count as strung into lists and the stuffing
    // discount eases (17 → 18). It gains no point; its unlabelled model signals were there at the
    // evaluation.
    raisedWithoutPoints: { salad: 18 },
  },
  {
    name: 'hundred-and-first fresh set (held out, graded once)',
    answers: HUNDRED_AND_FIRST_FRESH_CORPUS,
    first: HUNDRED_AND_FIRST_FRESH_FIRST_EVALUATION,
    prefix: 'dc',
    // Graded once at 968a418, the grader frozen at d7377b5 (three authors, 60 answers), and
    // recorded as it came out (see the corpus README).
    heldOut: true,
    // Raised at grader104 by a point the authors labelled, and only by it: dc058's "each time we
    // widen it, the head cook … and I both taste from the same spoon first" is read as the
    // sign-off it is labelled with (20 → 24). Its thresholds misconception is still found.
    raisedByLabelledPoints: { misconception: 24 },
  },
  {
    name: 'hundred-and-second fresh set (held out, graded once)',
    answers: HUNDRED_AND_SECOND_FRESH_CORPUS,
    first: HUNDRED_AND_SECOND_FRESH_FIRST_EVALUATION,
    prefix: 'dd',
    // Graded once at 76de38b (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
    // Raised at grader107 by a point the authors labelled, and only by it: dd038's "whoever's on
    // call sprays the old scent again, no need to call me: a flag, …, two minutes" now names the
    // way back beside its details, so its labelled rollback earns full credit (18 → 22). Its
    // thresholds misconception is still found.
    raisedByLabelledPoints: { misconception: 22 },
  },
  {
    name: 'hundred-and-third fresh set (held out, graded once)',
    answers: HUNDRED_AND_THIRD_FRESH_CORPUS,
    first: HUNDRED_AND_THIRD_FRESH_FIRST_EVALUATION,
    prefix: 'de',
    // Graded once at 152694a (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-fourth fresh set (held out, graded once)',
    answers: HUNDRED_AND_FOURTH_FRESH_CORPUS,
    first: HUNDRED_AND_FOURTH_FRESH_FIRST_EVALUATION,
    prefix: 'df',
    // Graded once at fa3ed046 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
    // Raised at grader107 by a point the authors labelled, and only by it: df038's "whoever's on
    // call unrolls the old suzani again, no need to call me" is read as the rollback it is
    // labelled with (17 → 24). Its thresholds misconception is still found.
    raisedByLabelledPoints: { misconception: 24 },
  },
  {
    name: 'hundred-and-fifth fresh set (held out, graded once)',
    answers: HUNDRED_AND_FIFTH_FRESH_CORPUS,
    first: HUNDRED_AND_FIFTH_FRESH_FIRST_EVALUATION,
    prefix: 'dg',
    // Graded once at cf06f911 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-sixth fresh set (held out, graded once)',
    answers: HUNDRED_AND_SIXTH_FRESH_CORPUS,
    first: HUNDRED_AND_SIXTH_FRESH_FIRST_EVALUATION,
    prefix: 'dh',
    // Graded once at b4f8ffcb (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-seventh fresh set (held out, graded once)',
    answers: HUNDRED_AND_SEVENTH_FRESH_CORPUS,
    first: HUNDRED_AND_SEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'di',
    // Graded once at 54f9845a (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-eighth fresh set (held out, graded once)',
    answers: HUNDRED_AND_EIGHTH_FRESH_CORPUS,
    first: HUNDRED_AND_EIGHTH_FRESH_FIRST_EVALUATION,
    prefix: 'dj',
    // Graded once at 32d213d1 (three authors, 60 answers) and recorded as it came out (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-ninth fresh set (held out, graded once)',
    answers: HUNDRED_AND_NINTH_FRESH_CORPUS,
    first: HUNDRED_AND_NINTH_FRESH_FIRST_EVALUATION,
    prefix: 'dk',
    // Landed sealed on main at 2ae90312, graded once at b9877d97 (three authors, 60 answers) and
    // recorded as it came out (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-tenth fresh set (held out, graded once)',
    answers: HUNDRED_AND_TENTH_FRESH_CORPUS,
    first: HUNDRED_AND_TENTH_FRESH_FIRST_EVALUATION,
    prefix: 'dl',
    // Landed sealed on main at 4aab5bc4, graded once at 3c8c3203 (three authors, 60 answers) and
    // recorded as it came out (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-eleventh fresh set (held out, graded once)',
    answers: HUNDRED_AND_ELEVENTH_FRESH_CORPUS,
    first: HUNDRED_AND_ELEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'dm',
    // Landed sealed on main at 7d621bf7, graded once at b48f3ddf (three authors, 60 answers) and
    // recorded as it came out, dm045 at 5 (see the corpus README).
    heldOut: true,
    // Raised at grader114 by a point the authors labelled, and only by it: dm057's labelled
    // ownership, already covered, now hears "Piece B, the engineers': routing, flags, deploy." as
    // what engineering runs (credit 0.75 → 1.00, 26 → 27). Its misconception is still found.
    raisedByLabelledPoints: { misconception: 27 },
  },
  {
    name: 'hundred-and-twelfth fresh set (held out, graded once)',
    answers: HUNDRED_AND_TWELFTH_FRESH_CORPUS,
    first: HUNDRED_AND_TWELFTH_FRESH_FIRST_EVALUATION,
    prefix: 'dn',
    // Landed sealed on main at 39258328, graded once at 1ee816bb (three authors, 60 answers) and
    // recorded as it came out, dn004 at 0 and dn043 at 5, each read as one sentence (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-thirteenth fresh set (held out, graded once)',
    answers: HUNDRED_AND_THIRTEENTH_FRESH_CORPUS,
    first: HUNDRED_AND_THIRTEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'do',
    // Landed sealed on main at 376634aa, graded once at 03714429 (three authors, 60 answers) and
    // recorded as it came out, ownership credited to ten answers that do not label it, nine of
    // them one author's (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-fourteenth fresh set (held out, graded once)',
    answers: HUNDRED_AND_FOURTEENTH_FRESH_CORPUS,
    first: HUNDRED_AND_FOURTEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'dp',
    // Landed sealed on main at 7f1f1a1e, graded once at c7c2f737 (three authors, 60 answers) and
    // recorded as it came out (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-fifteenth fresh set (held out, graded once)',
    answers: HUNDRED_AND_FIFTEENTH_FRESH_CORPUS,
    first: HUNDRED_AND_FIFTEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'dq',
    // Landed sealed on main at 5fab4f2f, graded once at a90af5e6 (three authors, 60 answers) and
    // recorded as it came out (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-sixteenth fresh set (held out, graded once)',
    answers: HUNDRED_AND_SIXTEENTH_FRESH_CORPUS,
    first: HUNDRED_AND_SIXTEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'dr',
    // Landed sealed on main at c39f0d80, graded once at a083bc97 (three authors, 60 answers) and
    // recorded as it came out, two negated answers over 30 (dr036 40, dr056 59) and dr004 (strong)
    // at 36 (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-seventeenth fresh set (held out, graded once)',
    answers: HUNDRED_AND_SEVENTEENTH_FRESH_CORPUS,
    first: HUNDRED_AND_SEVENTEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'ds',
    // Landed sealed on main at 99cc2e55, graded once at 898116c4 (three authors, 60 answers) and
    // recorded as it came out, ds022 (63) and ds024 (69) under 75 and the negated ds055 at 35
    // (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-eighteenth fresh set (held out, graded once)',
    answers: HUNDRED_AND_EIGHTEENTH_FRESH_CORPUS,
    first: HUNDRED_AND_EIGHTEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'dt',
    // Landed sealed on main at f1950c34, graded once at fbd01e47 (three authors, 60 answers) and
    // recorded as it came out, dt044 (70) and dt045 (68) under 75 and ownership's recall at 23 of
    // 26 (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-nineteenth fresh set (held out, graded once)',
    answers: HUNDRED_AND_NINETEENTH_FRESH_CORPUS,
    first: HUNDRED_AND_NINETEENTH_FRESH_FIRST_EVALUATION,
    prefix: 'du',
    // Landed sealed on main at 49eed929, graded once at 196f00c2 (three authors, 60 answers) and
    // recorded as it came out, du025 (0, every point read as told in another voice), du046 (42) and
    // du006 (73) under 75 (see the corpus README).
    heldOut: true,
    // Raised at grader129 without a point: du057's "thumbs-down more than 2 points worse" is now
    // a limit on what users say, credited as a business limit, inside the thresholds it was
    // already credited with (26 → 27). Its misconception (the canary as the A/B test) is still found.
    raisedWithoutPoints: { misconception: 27 },
  },
  {
    name: 'hundred-and-twentieth fresh set (held out, graded once)',
    answers: HUNDRED_AND_TWENTIETH_FRESH_CORPUS,
    first: HUNDRED_AND_TWENTIETH_FRESH_FIRST_EVALUATION,
    prefix: 'dv',
    // Landed sealed on main at 4184c0e7, graded once at 6824a2ab (three authors, 60 answers) and
    // recorded as it came out, dv044 (37) and dv041 (39) charged a misconception and dv043 (72)
    // under 75, rollback's recall at 24 of 28 (see the corpus README).
    heldOut: true,
    // Raised at grader124 by a point the authors labelled, and only by it: dv017's stages "…, each
    // holding for 1,500 conversations before its gate opens" are its labelled holds (22 → 27). Its
    // misconception (the canary as the A/B test) is still found.
    raisedByLabelledPoints: { misconception: 27 },
  },
  {
    name: 'hundred-and-twenty-first fresh set (held out, graded once)',
    answers: HUNDRED_AND_TWENTY_FIRST_FRESH_CORPUS,
    first: HUNDRED_AND_TWENTY_FIRST_FRESH_FIRST_EVALUATION,
    prefix: 'dw',
    // Landed sealed on main at 6038a5bc, graded once at 2ad1a2a6 (three authors, 60 answers) and
    // recorded as it came out, dw022 (35, charged the canary-vs-ab misconception) and dw006 (71)
    // under 75, the negated dw056 at 31, holds' precision at 26 of 30 (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-twenty-second fresh set (held out, graded once)',
    answers: HUNDRED_AND_TWENTY_SECOND_FRESH_CORPUS,
    first: HUNDRED_AND_TWENTY_SECOND_FRESH_FIRST_EVALUATION,
    prefix: 'dx',
    // Landed sealed on main at a8d5e87d, graded once at bf2b9185 (three authors, 60 answers) and
    // recorded as it came out, dx022 (68) under 75, the salad dx014 at 40, rollback's precision
    // at 27 of 31 (see the corpus README).
    heldOut: true,
    // Raised at grader129 without a point: dx037's "thumbs-down rate more than 3 points worse" is
    // now a limit on what users say, credited as a business limit, inside the thresholds it was
    // already credited with (26 → 27). Its misconception (the canary as the A/B test) is still found.
    raisedWithoutPoints: { misconception: 27 },
  },
  {
    name: 'hundred-and-twenty-third fresh set (held out, graded once)',
    answers: HUNDRED_AND_TWENTY_THIRD_FRESH_CORPUS,
    first: HUNDRED_AND_TWENTY_THIRD_FRESH_FIRST_EVALUATION,
    prefix: 'dy',
    // Landed sealed on main at fdbf736f, graded once at 718b236f (three authors, 60 answers) and
    // recorded as it came out, dy047 (62, missing ownership and canary-vs-ab) under 75, no poor
    // answer over 30 (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-twenty-fourth fresh set (held out, graded once)',
    answers: HUNDRED_AND_TWENTY_FOURTH_FRESH_CORPUS,
    first: HUNDRED_AND_TWENTY_FOURTH_FRESH_FIRST_EVALUATION,
    prefix: 'dz',
    // Landed sealed on main at 687cd165, graded once at e7a03aed (three authors, 60 answers) and
    // recorded as it came out, dz043 (36, charged the thresholds misconception) under 75, the
    // negated dz036 at 51 (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-twenty-fifth fresh set (held out, graded once)',
    answers: HUNDRED_AND_TWENTY_FIFTH_FRESH_CORPUS,
    first: HUNDRED_AND_TWENTY_FIFTH_FRESH_FIRST_EVALUATION,
    prefix: 'ea',
    // Landed sealed on main at efbdd5c6, graded once at b1ce06cd (three authors, 60 answers) and
    // recorded as it came out, ea021 (43), ea042 (67) and ea046 (41) under 75, the negated ea055
    // at 35 (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-twenty-sixth fresh set (held out, graded once)',
    answers: HUNDRED_AND_TWENTY_SIXTH_FRESH_CORPUS,
    first: HUNDRED_AND_TWENTY_SIXTH_FRESH_FIRST_EVALUATION,
    prefix: 'eb',
    // Landed sealed on main at 9b28d6c7, graded once at 7d1644a1 (three authors, 60 answers) and
    // recorded as it came out, eb025 (69) and eb026 (74) under 75, no poor answer over 30 (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-twenty-seventh fresh set (held out, graded once)',
    answers: HUNDRED_AND_TWENTY_SEVENTH_FRESH_CORPUS,
    first: HUNDRED_AND_TWENTY_SEVENTH_FRESH_FIRST_EVALUATION,
    prefix: 'ec',
    // Landed sealed on main at 3d851ce5, graded once at 3e95a513 (three authors, 60 answers) and
    // recorded as it came out, ec022 (68) and ec006 (73) under 75, no poor answer over 30 (see the
    // corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-twenty-eighth fresh set (held out, graded once)',
    answers: HUNDRED_AND_TWENTY_EIGHTH_FRESH_CORPUS,
    first: HUNDRED_AND_TWENTY_EIGHTH_FRESH_FIRST_EVALUATION,
    prefix: 'ed',
    // Landed sealed on main at 4191da1f, graded once at 0b111a67 (three authors, 60 answers) and
    // recorded as it came out, ed044 (0, the whole answer read as told in another voice) under 75,
    // no poor answer over 30 (see the corpus README).
    heldOut: true,
  },
  {
    name: 'hundred-and-twenty-ninth fresh set (held out, graded once)',
    answers: HUNDRED_AND_TWENTY_NINTH_FRESH_CORPUS,
    first: HUNDRED_AND_TWENTY_NINTH_FRESH_FIRST_EVALUATION,
    prefix: 'ee',
    // Landed sealed on main at 475c7aad, graded once at 7a42852c (three authors, 60 answers) and
    // recorded as it came out, ee006 (71) under 75, no poor answer over 30 (see the corpus README).
    heldOut: true,
  },
];
