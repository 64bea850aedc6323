import type { LabelledAnswer } from '../corpusTypes';
import { NINETY_EIGHTH_A_OTHER_CORPUS } from './ninetyEighthOtherAnswersA';
import { NINETY_EIGHTH_B_OTHER_CORPUS } from './ninetyEighthOtherAnswersB';
import { NINETY_EIGHTH_C_OTHER_CORPUS } from './ninetyEighthOtherAnswersC';
import { NINETY_EIGHTH_A_STRONG_CORPUS } from './ninetyEighthStrongAnswersA';
import { NINETY_EIGHTH_B_STRONG_CORPUS } from './ninetyEighthStrongAnswersB';
import { NINETY_EIGHTH_C_STRONG_CORPUS } from './ninetyEighthStrongAnswersC';

/**
 * The ninety-eighth fresh held-out set (cz001–cz060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Czech (Prague) English register in writing (dry and
 * understated, articles sometimes dropped, "jo", "ahoj", "prosím", "na zdraví"), a Bohemian crystal
 * shop PM whose language model suggests engraving texts for gifts, every answer a magic trick's
 * instruction sheet (The effect, You will need, Preparation, Method in numbered steps, Patter)
 * with one step struck as no longer working ("Skip step N: …"), stages named after the glass (the
 * gather, the blow, the cut), sign-off as "the master glassblower and I both tap the rod", holds as
 * "a full week of the Christmas markets" or a count of orders, thresholds as "more than N worse
 * than now and we let the furnace cool", cohorts by Prague district and years buying, rollback as
 * "whoever's on call puts the old version back on the shelf, no need to call me"; a Bajan
 * (Barbados) English register in speech ("wunna", "cuh dear", "wuh", "doan", "nuff"), a kite shop
 * PM whose language model suggests kite designs and string weights for the day's wind, every
 * answer an order of service read aloud by the lay reader (call to worship, hymns by number,
 * readings, prayers, notices, blessing) with one hymn number corrected, stages named after the
 * kite (the frame, the paper, the tail), sign-off as "the head kite-maker and I both tug the
 * string", holds as "a full week of Crop Over" or a count of orders, thresholds as "more than N
 * worse than now and we bring the kite down", cohorts by Barbados parish and years buying,
 * rollback as "whoever's on call ties the old version back on the string, no need to call me"; an
 * Armenian (Yerevan) English register in speech ("jan", "ha", "che", "lav", "vay", "aprés"), a
 * carpet-weaving shop PM whose language model suggests patterns and colours for a customer's room,
 * every answer a dictionary entry read aloud (headword, part of speech, numbered senses with
 * examples, a usage note) with one sense marked obsolete, stages named after the carpet (the warp,
 * the knots, the fringe), sign-off as "the master weaver and I both tie the last knot", holds as
 * "a full week of Vardavar" or a count of orders, thresholds as "more than N worse than now and we
 * cut the thread", cohorts by Yerevan district and years buying, rollback as "whoever's on call
 * lays the old version back on the loom, no need to call me" (the ninety-ninth protocol). The lead
 * checked these voices against the earlier ones by a few names only and missed two overlaps the
 * authors report: the second, that a Barbadian register in writing and a church bulletin with
 * notices were given before; the third, that the warp, the knots and the fringe, the master
 * weaver's sign-off, a rug shop and a rollback "laid back down" were given to an author of the
 * ninety-sixth protocol (fresh95). The first author reports that a flat-pack instruction manual
 * in numbered steps comes close to the magic trick's sheet, and one slip: a listing of the corpus
 * folder sent to /dev/null, no names seen. Held out entirely: graded once after the grader was
 * frozen, never tuned on (../README.md).
 */
export const NINETY_EIGHTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...NINETY_EIGHTH_A_STRONG_CORPUS,
  ...NINETY_EIGHTH_A_OTHER_CORPUS,
  ...NINETY_EIGHTH_B_STRONG_CORPUS,
  ...NINETY_EIGHTH_B_OTHER_CORPUS,
  ...NINETY_EIGHTH_C_STRONG_CORPUS,
  ...NINETY_EIGHTH_C_OTHER_CORPUS,
];
