import type { LabelledAnswer } from '../corpusTypes';
import { NINETY_FIFTH_A_OTHER_CORPUS } from './ninetyFifthOtherAnswersA';
import { NINETY_FIFTH_B_OTHER_CORPUS } from './ninetyFifthOtherAnswersB';
import { NINETY_FIFTH_C_OTHER_CORPUS } from './ninetyFifthOtherAnswersC';
import { NINETY_FIFTH_A_STRONG_CORPUS } from './ninetyFifthStrongAnswersA';
import { NINETY_FIFTH_B_STRONG_CORPUS } from './ninetyFifthStrongAnswersB';
import { NINETY_FIFTH_C_STRONG_CORPUS } from './ninetyFifthStrongAnswersC';

/**
 * The ninety-fifth fresh held-out set (cw001–cw060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Russian English register in writing ("nu", "davai", "koroche",
 * articles sometimes dropped), a banya booking PM whose language model answers guests' questions
 * about what to bring and how long to stay in the steam, every answer a school laboratory report
 * with headed sections (Aim, Apparatus, Method, Expected results, Conclusion) and one result line
 * struck through and re-measured, stages named after the bath (the steam room, the birch switch,
 * the cold plunge), sign-off as "the banya master and I both pour water on the stones", holds as
 * "a full week of Maslenitsa" or a count of bookings, thresholds as "more than N worse than now
 * and we open the door", cohorts by Moscow district and years visiting, rollback as "whoever's on
 * call carries the old version back in from the cold, no need to call me"; a Mexican (Mexico
 * City) English register in speech ("órale", "ándale", "ahorita", "qué onda"), a taquería
 * ordering PM whose language model suggests which salsa goes with which taco, every answer a
 * fable told aloud to children with animals for the team and a closing moral, one fable where the
 * teller stops and goes back, stages named after the taco (the tortilla, the filling, the salsa),
 * sign-off as "the head taquero and I both flip the tortilla", holds as "a full week of Día de
 * Muertos" or a count of orders, thresholds as "more than N worse than now and we turn off the
 * grill", cohorts by colonia and years ordering, rollback as "whoever's on call puts the old
 * version back on the comal, no need to call me"; a Moroccan (Casablanca) English register in
 * writing ("wakha", "safi", "bslama", "mezyan"), a rug shop PM whose language model estimates a
 * rug's age and origin from photos, every answer an advice column (a reader's letter and the
 * columnist's reply, signed with a pen name) with one follow-up letter that makes the columnist
 * correct a line, stages named after the weaving (the warp, the knots, the fringe), sign-off as
 * "the master weaver and I both tie the last knot", holds as "a full week of Ramadan" or a count
 * of appraisals, thresholds as "more than N worse than now and we roll up the rug", cohorts by
 * city and years buying, rollback as "whoever's on call lays the old version back down, no need
 * to call me" (the ninety-sixth protocol). The first author reports that the bathhouse product
 * comes close to the ninety-fourth set's hammam; the third, that an earlier author was given an
 * agony-aunt column. Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const NINETY_FIFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...NINETY_FIFTH_A_STRONG_CORPUS,
  ...NINETY_FIFTH_A_OTHER_CORPUS,
  ...NINETY_FIFTH_B_STRONG_CORPUS,
  ...NINETY_FIFTH_B_OTHER_CORPUS,
  ...NINETY_FIFTH_C_STRONG_CORPUS,
  ...NINETY_FIFTH_C_OTHER_CORPUS,
];
