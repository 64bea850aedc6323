import type { LabelledAnswer } from '../corpusTypes';
import { SEVENTY_EIGHTH_A_OTHER_CORPUS } from './seventyEighthOtherAnswersA';
import { SEVENTY_EIGHTH_B_OTHER_CORPUS } from './seventyEighthOtherAnswersB';
import { SEVENTY_EIGHTH_C_OTHER_CORPUS } from './seventyEighthOtherAnswersC';
import { SEVENTY_EIGHTH_A_STRONG_CORPUS } from './seventyEighthStrongAnswersA';
import { SEVENTY_EIGHTH_B_STRONG_CORPUS } from './seventyEighthStrongAnswersB';
import { SEVENTY_EIGHTH_C_STRONG_CORPUS } from './seventyEighthStrongAnswersC';

/**
 * The seventy-eighth fresh held-out set (cf001–cf060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Chicago English register in speech ("yous", "the
 * L", "over by"), a deep-dish pizza delivery app PM, stages named after the layers of a deep-dish
 * pie (the crust, the cheese, the sauce on top), each sign-off as two named people who "both give
 * it the nod over the counter", holds as "a full Friday night rush" or a count of orders,
 * thresholds as "if it's more than N worse than it is now, we pull it outta the oven", cohorts by
 * neighbourhood and years ordering, rollback as "whoever's on the pager swaps back to yesterday's
 * build", formats of a voice memo, a short spoken answer, a diary entry written that evening and
 * a postcard; a Maine ("Down East") English register in speech ("ayuh", "wicked", "from away"), a
 * moving-company quote-estimator model PM, stages named after the rooms of a house being packed
 * (the attic, the kitchen, the whole house), sign-off as "the crew chief and I both sign the bill
 * of lading", holds as "a full moving weekend" or a count of quotes, thresholds as "more than N
 * worse than the old one and she comes off the truck", cohorts by county and by moves with us,
 * rollback as "whoever's on call puts the old one back, no new build", every answer told as a
 * weather forecast under forecast headings ("Outlook", "Advisory", "Watch", "Warning", "Clearing
 * later"), one revised halfway through ("Update:"); an Aberdeen (Doric-tinged) Scottish English
 * register in writing ("fit like", "aye", "nae", "the noo"), an escape-room booking site PM whose
 * language model gives players hints, answers as a press release in the third person with
 * quotations from named people, the PM named by name, stages named after the rooms of the game
 * (the antechamber, the vault, the final door), sign-off as two named people who "both turn their
 * keys", holds as "a full Saturday of bookings" or a count of games, thresholds as "if it's mair
 * than N worse than the noo, it's aff", rollback as "whoever's on the pager puts the old
 * hint-giver back", one answer a commit message (the seventy-ninth protocol). Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const SEVENTY_EIGHTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SEVENTY_EIGHTH_A_STRONG_CORPUS,
  ...SEVENTY_EIGHTH_A_OTHER_CORPUS,
  ...SEVENTY_EIGHTH_B_STRONG_CORPUS,
  ...SEVENTY_EIGHTH_B_OTHER_CORPUS,
  ...SEVENTY_EIGHTH_C_STRONG_CORPUS,
  ...SEVENTY_EIGHTH_C_OTHER_CORPUS,
];
