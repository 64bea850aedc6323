import type { LabelledAnswer } from '../corpusTypes';
import { SIXTY_FIFTH_A_OTHER_CORPUS } from './sixtyFifthOtherAnswersA';
import { SIXTY_FIFTH_B_OTHER_CORPUS } from './sixtyFifthOtherAnswersB';
import { SIXTY_FIFTH_C_OTHER_CORPUS } from './sixtyFifthOtherAnswersC';
import { SIXTY_FIFTH_A_STRONG_CORPUS } from './sixtyFifthStrongAnswersA';
import { SIXTY_FIFTH_B_STRONG_CORPUS } from './sixtyFifthStrongAnswersB';
import { SIXTY_FIFTH_C_STRONG_CORPUS } from './sixtyFifthStrongAnswersC';

/**
 * The sixty-fifth fresh held-out set (bs001–bs060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Glaswegian English register in speech, a council-tax payment portal
 * PM, stages named after the floors of a building, each sign-off as two named people signing the
 * change ticket, holds as "two paydays" or a count of days, thresholds as "if it is worse than the
 * old one by more than …", cohorts by postcode area, rollback as "pulling the lever" back to the
 * old service, a story from a previous launch; a Tasmanian Australian English register in
 * writing, a garden-nursery online shop product-recommendation model PM, a short memo with a
 * "Decision" line for each part, thresholds called "tripwires", each sign-off as a "stamp" from
 * the merchandising lead and one other named role, holds "through a full weekend sale", cohorts by
 * how long customers have shopped with us, model quality as returns of recommended items and how
 * often shoppers dismiss them, one open question for the data team; a Brummie (Birmingham) English
 * register in speech, a dental-practice booking chatbot model PM, stages code-named after garden
 * birds, thresholds as fractions ("one in fifty"), cohorts by practice size, rollback as "the big
 * red button" that the on-call person presses, sign-off as "countersigned in the change log" by
 * two roles, holds as "a fortnight" or a week, an admission of what the speaker does not know yet
 * (the sixty-sixth protocol). Held out entirely: graded once after the grader was frozen, never
 * tuned on (../README.md).
 */
export const SIXTY_FIFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SIXTY_FIFTH_A_STRONG_CORPUS,
  ...SIXTY_FIFTH_A_OTHER_CORPUS,
  ...SIXTY_FIFTH_B_STRONG_CORPUS,
  ...SIXTY_FIFTH_B_OTHER_CORPUS,
  ...SIXTY_FIFTH_C_STRONG_CORPUS,
  ...SIXTY_FIFTH_C_OTHER_CORPUS,
];
