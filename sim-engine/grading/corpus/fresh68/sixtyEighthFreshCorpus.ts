import type { LabelledAnswer } from '../corpusTypes';
import { SIXTY_EIGHTH_A_OTHER_CORPUS } from './sixtyEighthOtherAnswersA';
import { SIXTY_EIGHTH_B_OTHER_CORPUS } from './sixtyEighthOtherAnswersB';
import { SIXTY_EIGHTH_C_OTHER_CORPUS } from './sixtyEighthOtherAnswersC';
import { SIXTY_EIGHTH_A_STRONG_CORPUS } from './sixtyEighthStrongAnswersA';
import { SIXTY_EIGHTH_B_STRONG_CORPUS } from './sixtyEighthStrongAnswersB';
import { SIXTY_EIGHTH_C_STRONG_CORPUS } from './sixtyEighthStrongAnswersC';

/**
 * The sixty-eighth fresh held-out set (bv001–bv060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Mancunian (Manchester) English register in speech, a bus
 * journey-planner app PM, stages named after the stops on a route (first stop, the interchange, the
 * terminus), each sign-off as a named person "countersigning the release note" after one other
 * named person has signed it, holds as "a full fortnight of school runs" or a count of rush hours,
 * thresholds as "if it climbs more than N above where it sits now", cohorts by depot and by how
 * often a rider travels, rollback as "putting the old timetable engine back in" by the controller
 * on shift, a question the speaker asks the interviewer back; an Ulster (Belfast) English register
 * in writing, a mortgage-document extraction model PM, the answer as a letter to the hiring
 * manager, stages called "chapters", holds as "two full month-ends" or a count of closes,
 * thresholds as "one in N" ratios, cohorts by broker firm and by document type, each sign-off as a
 * named person's written "yes" in the release thread seconded by another named role, model quality
 * as how often underwriters override what the model pulled out, something the speaker changed their
 * mind about while writing; a Norfolk (East Anglian) English register in speech, a newspaper
 * crossword-hint model PM, stages named after the days of a cricket test match (day one to day
 * five), thresholds as "points per hundred" over the present figure, cohorts by how long a reader
 * has subscribed and print versus digital, sign-off as the puzzles editor and one other named
 * person "both saying go on, then" at the end of each day, holds as "a full round of Saturday
 * puzzles" or a count of editions, rollback as "going back to the old hints" by whoever is minding
 * the desk, an aside about the weather on the coast (the sixty-ninth protocol). Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const SIXTY_EIGHTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SIXTY_EIGHTH_A_STRONG_CORPUS,
  ...SIXTY_EIGHTH_A_OTHER_CORPUS,
  ...SIXTY_EIGHTH_B_STRONG_CORPUS,
  ...SIXTY_EIGHTH_B_OTHER_CORPUS,
  ...SIXTY_EIGHTH_C_STRONG_CORPUS,
  ...SIXTY_EIGHTH_C_OTHER_CORPUS,
];
