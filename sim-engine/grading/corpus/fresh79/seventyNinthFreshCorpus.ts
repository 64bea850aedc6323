import type { LabelledAnswer } from '../corpusTypes';
import { SEVENTY_NINTH_A_OTHER_CORPUS } from './seventyNinthOtherAnswersA';
import { SEVENTY_NINTH_B_OTHER_CORPUS } from './seventyNinthOtherAnswersB';
import { SEVENTY_NINTH_C_OTHER_CORPUS } from './seventyNinthOtherAnswersC';
import { SEVENTY_NINTH_A_STRONG_CORPUS } from './seventyNinthStrongAnswersA';
import { SEVENTY_NINTH_B_STRONG_CORPUS } from './seventyNinthStrongAnswersB';
import { SEVENTY_NINTH_C_STRONG_CORPUS } from './seventyNinthStrongAnswersC';

/**
 * The seventy-ninth fresh held-out set (cg001–cg060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a New York (Brooklyn) English register in speech ("on
 * line" for queueing, "the city"), a laundromat pickup-and-delivery app PM, stages named after the
 * wash cycle (the rinse, the spin, the dry), each sign-off as two named people who "both sign the
 * ticket", holds as "a full Sunday of drop-offs" or a count of orders, thresholds as "if it's more
 * than N worse than today, it comes out of the machine", cohorts by borough and years with us,
 * rollback as "whoever's on call puts last week's version back in", formats of a talk at a team
 * offsite, a short spoken answer, a call-in to a radio show with the host's questions in brackets,
 * and a toast at a colleague's leaving do; an Egyptian English register in writing ("inshallah",
 * "yani"), a car-wash booking PM whose model estimates queue times, every answer a ruling under
 * "Facts", "Findings" and "Orders", the orders worded "It is ordered that …" or "The product
 * manager shall …", stages named after the wash line (the pre-soak, the brushes, the dryer), holds
 * as "a full Friday after prayers" or a count of bookings, sign-off as "the site manager and the
 * product manager both sign the order", thresholds as "any deviation above N from the present
 * baseline shall reverse the change", rollback as "the engineer on duty restores the prior version,
 * without awaiting approval", one ruling overturned on appeal halfway ("On appeal: …"); a
 * Greek-Cypriot English register in speech ("re", "ela"), a winery tasting-room booking PM whose
 * language model acts as a sommelier, answers as a lecture to a class of new PMs with questions
 * the speaker answers ("Why staff first? Because …"), stages named after a tasting (the white, the
 * red, the dessert wine), sign-off as "the head sommelier and I both raise a glass", holds as "a
 * full weekend of tastings" or a count of bookings, thresholds as "if it is more than N worse than
 * now, we pour it away", rollback as "whoever is on call puts yesterday's version back, no waiting
 * for me", one answer opening on a long family story (the eightieth protocol). Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const SEVENTY_NINTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...SEVENTY_NINTH_A_STRONG_CORPUS,
  ...SEVENTY_NINTH_A_OTHER_CORPUS,
  ...SEVENTY_NINTH_B_STRONG_CORPUS,
  ...SEVENTY_NINTH_B_OTHER_CORPUS,
  ...SEVENTY_NINTH_C_STRONG_CORPUS,
  ...SEVENTY_NINTH_C_OTHER_CORPUS,
];
