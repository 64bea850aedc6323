import type { LabelledAnswer } from '../corpusTypes';
import { SEVENTY_SEVENTH_A_OTHER_CORPUS } from './seventySeventhOtherAnswersA';
import { SEVENTY_SEVENTH_B_OTHER_CORPUS } from './seventySeventhOtherAnswersB';
import { SEVENTY_SEVENTH_C_OTHER_CORPUS } from './seventySeventhOtherAnswersC';
import { SEVENTY_SEVENTH_A_STRONG_CORPUS } from './seventySeventhStrongAnswersA';
import { SEVENTY_SEVENTH_B_STRONG_CORPUS } from './seventySeventhStrongAnswersB';
import { SEVENTY_SEVENTH_C_STRONG_CORPUS } from './seventySeventhStrongAnswersC';

/**
 * The seventy-seventh fresh held-out set (ce001–ce060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Philadelphia English register in speech ("jawn",
 * "youse", "down the shore"), a bowling-alley lane-booking app PM, stages named after the frames of
 * a game (the first frame, the middle frames, the tenth frame), each sign-off as two named people
 * who "both initial the score sheet" before the next frame, holds as "a full league night" or a
 * count of bookings, thresholds as "if it's more than N off from where it is now, that jawn comes
 * off", cohorts by league and by seasons bowled, rollback as "whoever's got the pager rolls us back
 * to last week's build", formats of a spoken monologue, an announcement over the lanes' PA system,
 * numbered index cards and a short answer that trails off and restarts; a Saskatchewan (Canadian
 * Prairie) English register in writing, a grain-elevator delivery-slot booking and grade-estimation
 * model PM, every answer laid out as a changelog entry with headed sections ("Added", "Changed",
 * "Watching", "Won't do", "Owners"), stages named after harvest (swathing, combining, hauling to
 * the elevator), holds as "through a full harvest weekend" or a count of loads, sign-off as "the
 * elevator manager and I both put our initials on the entry", thresholds as "anything more than N
 * worse than the current build and it gets reverted", cohorts by region and farm size, rollback as
 * "the on-call dev reverts the flag, no new build", one answer a reply correcting a colleague's
 * draft line by line; an Israeli English register in writing ("Listen,", "yalla", "b'seder",
 * "khalas"), a florist same-day bouquet delivery PM whose language model writes the card
 * messages, answers as a slide deck written out ("Slide 1 — Who decides"), stages named after the
 * florist's day (the morning market, the workroom, the delivery vans), holds as "a full Friday of
 * orders before Shabbat" or a count of bouquets, sign-off as "the head florist and I both say
 * yalla" or a named role who "gives the nod", thresholds as "worse than now by more than N —
 * khalas, it's off", cohorts by city and years ordering, rollback as "the on-call developer flips
 * back to yesterday's version", one deck ending on "What we threw out" (the seventy-eighth
 * protocol). Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const SEVENTY_SEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SEVENTY_SEVENTH_A_STRONG_CORPUS,
  ...SEVENTY_SEVENTH_A_OTHER_CORPUS,
  ...SEVENTY_SEVENTH_B_STRONG_CORPUS,
  ...SEVENTY_SEVENTH_B_OTHER_CORPUS,
  ...SEVENTY_SEVENTH_C_STRONG_CORPUS,
  ...SEVENTY_SEVENTH_C_OTHER_CORPUS,
];
