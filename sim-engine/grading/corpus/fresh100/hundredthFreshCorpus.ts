import type { LabelledAnswer } from '../corpusTypes';
import { HUNDREDTH_A_OTHER_CORPUS } from './hundredthOtherAnswersA';
import { HUNDREDTH_B_OTHER_CORPUS } from './hundredthOtherAnswersB';
import { HUNDREDTH_C_OTHER_CORPUS } from './hundredthOtherAnswersC';
import { HUNDREDTH_A_STRONG_CORPUS } from './hundredthStrongAnswersA';
import { HUNDREDTH_B_STRONG_CORPUS } from './hundredthStrongAnswersB';
import { HUNDREDTH_C_STRONG_CORPUS } from './hundredthStrongAnswersC';

/**
 * The hundredth fresh held-out set (db001–db060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Portuguese (Lisbon) English register in writing (courteous and a
 * little formal, "pois", "pronto", "obrigado", "olhe"), an azulejo tile workshop PM whose language
 * model suggests tile patterns for a customer's wall, every answer a treaty between two parties
 * (numbered Articles, an annex, signatures) with one article repealed and replaced, stages named
 * after the tile (the sketch, the blue, the wall), sign-off as "the master tile-painter and I both
 * sign the annex", holds as "a full week of the Santo António festival" or a count of orders,
 * thresholds as "more than N worse than now and we take the tiles down", cohorts by Lisbon
 * neighbourhood and years buying, rollback as "whoever's on call sets the old version back on the
 * wall, no need to call me"; a Serbian (Belgrade) English register in speech ("ajde", "bre",
 * "brate", "nema problema", "ne" for no), a river-raft club table-booking PM whose language model
 * suggests which night and table suit a group, every answer a mission control launch countdown
 * (T-minus steps, a go/no-go poll of the stations, liftoff) with one step scrubbed and the count
 * recycled, stages named after the night (the mooring, the first song, the sunrise), sign-off as
 * "the raft captain and I both untie the rope", holds as "a full week of the Belgrade beer
 * festival" or a count of bookings, thresholds as "more than N worse than now and we tie up at the
 * bank", cohorts by Belgrade municipality and years coming, rollback as "whoever's on call rows
 * the old version back in, no need to call me"; a Mongolian (Ulaanbaatar) English register in
 * speech ("za", "bayarlalaa", "tiim" for yes, "ügüi" for no), a cashmere shop PM whose language
 * model suggests sizes and colours, every answer an album's liner notes read track by track with
 * one track withdrawn and replaced by a bonus track, stages named after the wool (the first comb,
 * the yarn, the sweater), sign-off as "the master herder and I both tie the blue khadag", holds as
 * "a full week of Naadam" or a count of orders, thresholds as "more than N worse than now and we
 * stop the combing", cohorts by Ulaanbaatar district and years buying, rollback as "whoever's on
 * call rides the old version back to the ger, no need to call me" (the hundred-and-first
 * protocol). The first author reports that a contract between PM and engineering and a will whose
 * codicil revokes a clause come close to the treaty, and that a Brazilian Portuguese register and a
 * pottery glaze were given before; the second, that go/no-go meetings and forms and river rental
 * PMs were; the third, that a yarn-shop PM, a karaoke running order, a record shop and a gig's
 * stages were. Each drafted only in a private folder. Held out entirely: graded once after the
 * grader was frozen, never tuned on (../README.md).
 */
export const HUNDREDTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDREDTH_A_STRONG_CORPUS,
  ...HUNDREDTH_A_OTHER_CORPUS,
  ...HUNDREDTH_B_STRONG_CORPUS,
  ...HUNDREDTH_B_OTHER_CORPUS,
  ...HUNDREDTH_C_STRONG_CORPUS,
  ...HUNDREDTH_C_OTHER_CORPUS,
];
