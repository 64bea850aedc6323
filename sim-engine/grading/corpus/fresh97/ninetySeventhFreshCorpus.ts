import type { LabelledAnswer } from '../corpusTypes';
import { NINETY_SEVENTH_A_OTHER_CORPUS } from './ninetySeventhOtherAnswersA';
import { NINETY_SEVENTH_B_OTHER_CORPUS } from './ninetySeventhOtherAnswersB';
import { NINETY_SEVENTH_C_OTHER_CORPUS } from './ninetySeventhOtherAnswersC';
import { NINETY_SEVENTH_A_STRONG_CORPUS } from './ninetySeventhStrongAnswersA';
import { NINETY_SEVENTH_B_STRONG_CORPUS } from './ninetySeventhStrongAnswersB';
import { NINETY_SEVENTH_C_STRONG_CORPUS } from './ninetySeventhStrongAnswersC';

/**
 * The ninety-seventh fresh held-out set (cy001–cy060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Dutch (Amsterdam) English register in writing
 * (blunt and direct, "nou", "hoor", "lekker", "gezellig"), a vinyl record shop PM whose language
 * model suggests which record a customer would like next, every answer a patient information
 * leaflet for a medicine (What it is, Before you use it, How to use it, Possible side effects,
 * Storing) with one section recalled and reprinted, stages named after the record (the needle
 * drop, side A, side B), sign-off as "the head buyer and I both lift the needle", holds as "a full
 * week of King's Day" or a count of orders, thresholds as "more than N worse than now and we stop
 * the turntable", cohorts by Amsterdam neighbourhood and years buying, rollback as "whoever's on
 * call puts the old version back on the platter, no need to call me"; a Ukrainian (Kyiv) English
 * register in speech ("tak", "dobre", "slukhai", "nu sho"), a violin-repair booking PM whose
 * language model suggests which strings suit an instrument and a player, every answer a packing
 * list read aloud item by item with one item taken out and packed again, stages named after the
 * repair (the varnish, the bridge, the first note), sign-off as "the master luthier and I both
 * pluck the open string", holds as "a full week of Kyiv Day" or a count of repairs, thresholds as
 * "more than N worse than now and we loosen the strings", cohorts by Kyiv district and years
 * bringing instruments, rollback as "whoever's on call tunes the old version back in, no need to
 * call me"; a Colombian (Medellín) English register in speech ("qué más", "bacano", "listo",
 * "pues"), an orchid-export PM whose language model predicts how many days a cut stem will last,
 * every answer a guide's walking tour told stop by stop with one wrong street and a turn back,
 * stages named after the flower (the seed, the bud, the bloom), sign-off as "the head grower and I
 * both cut the first stem", holds as "a full week of the Feria de las Flores" or a count of boxes,
 * thresholds as "more than N worse than now and we stop the cutting", cohorts by the buyer's
 * country and years buying, rollback as "whoever's on call plants the old version back in its pot,
 * no need to call me" (the ninety-eighth protocol). The second author reports that the packing
 * list resembles an earlier tickable checklist and that the last set's puppet show named a stage
 * "the strings"; the third, that the walking tour comes close to an earlier audio guide and trail
 * guide, and that holds as a count of boxes were given before. Held out entirely: graded once
 * after the grader was frozen, never tuned on (../README.md).
 */
export const NINETY_SEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...NINETY_SEVENTH_A_STRONG_CORPUS,
  ...NINETY_SEVENTH_A_OTHER_CORPUS,
  ...NINETY_SEVENTH_B_STRONG_CORPUS,
  ...NINETY_SEVENTH_B_OTHER_CORPUS,
  ...NINETY_SEVENTH_C_STRONG_CORPUS,
  ...NINETY_SEVENTH_C_OTHER_CORPUS,
];
