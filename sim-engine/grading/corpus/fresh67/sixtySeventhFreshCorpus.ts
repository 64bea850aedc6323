import type { LabelledAnswer } from '../corpusTypes';
import { SIXTY_SEVENTH_A_OTHER_CORPUS } from './sixtySeventhOtherAnswersA';
import { SIXTY_SEVENTH_B_OTHER_CORPUS } from './sixtySeventhOtherAnswersB';
import { SIXTY_SEVENTH_C_OTHER_CORPUS } from './sixtySeventhOtherAnswersC';
import { SIXTY_SEVENTH_A_STRONG_CORPUS } from './sixtySeventhStrongAnswersA';
import { SIXTY_SEVENTH_B_STRONG_CORPUS } from './sixtySeventhStrongAnswersB';
import { SIXTY_SEVENTH_C_STRONG_CORPUS } from './sixtySeventhStrongAnswersC';

/**
 * The sixty-seventh fresh held-out set (bu001–bu060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Cornish English register in speech, a weather-alert
 * app PM, stages called "tides" (low tide, half tide, high tide, spring tide), each sign-off as two
 * named people putting "their initials in the release log", holds as "two full market days" or a
 * count of shifts, thresholds as "anything past N on top of today's numbers", cohorts by harbour
 * town, rollback as "flicking back to last week's version" by whoever is on the rota, a story
 * about a storm night; a Guernsey English register in writing, an online driving-theory tutoring
 * model PM, the answer as a numbered list of decisions with a "because" line under each,
 * thresholds as "limits we would never cross", each sign-off as "both signatures on the go/no-go
 * form" from the teaching lead and one other named role, holds "across a full exam week" or a
 * count of lessons, cohorts by learner level and by test centre, model quality as how often
 * learners flag a wrong explanation and how often tutors correct the model, the one thing the
 * speaker would cut if time ran out; a Shetland English register in speech, a cinema
 * seat-recommendation model PM, stages named as the screenings of a day (matinee, early evening,
 * late show), thresholds in basis points, cohorts by cinema size and region, rollback as "swapping
 * back to the old model" with a switch the duty manager owns, sign-off as a named person "ticking
 * it off on the release board" together with one other, holds as "a full week of screenings" or a
 * count of nights, a mistake the speaker once made (the sixty-eighth protocol). Held out
 * entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const SIXTY_SEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SIXTY_SEVENTH_A_STRONG_CORPUS,
  ...SIXTY_SEVENTH_A_OTHER_CORPUS,
  ...SIXTY_SEVENTH_B_STRONG_CORPUS,
  ...SIXTY_SEVENTH_B_OTHER_CORPUS,
  ...SIXTY_SEVENTH_C_STRONG_CORPUS,
  ...SIXTY_SEVENTH_C_OTHER_CORPUS,
];
