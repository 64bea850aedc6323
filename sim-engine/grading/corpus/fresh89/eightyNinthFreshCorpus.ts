import type { LabelledAnswer } from '../corpusTypes';
import { EIGHTY_NINTH_A_OTHER_CORPUS } from './eightyNinthOtherAnswersA';
import { EIGHTY_NINTH_B_OTHER_CORPUS } from './eightyNinthOtherAnswersB';
import { EIGHTY_NINTH_C_OTHER_CORPUS } from './eightyNinthOtherAnswersC';
import { EIGHTY_NINTH_A_STRONG_CORPUS } from './eightyNinthStrongAnswersA';
import { EIGHTY_NINTH_B_STRONG_CORPUS } from './eightyNinthStrongAnswersB';
import { EIGHTY_NINTH_C_STRONG_CORPUS } from './eightyNinthStrongAnswersC';

/**
 * The eighty-ninth fresh held-out set (cq001–cq060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md; two of them report that their first command also listed the file names in the
 * lead's prompt folder, against the brief, and that they opened none of those files). The voices
 * they were given: a Cincinnati English register in speech ("please?" meaning "say that again?",
 * "pop", "chili parlor"), a hot-air balloon ride booking PM whose language model forecasts whether
 * the morning winds allow a launch, every answer a birdwatcher's field guide with one entry per
 * species and the plan told in its markings, habitat, call and behaviour, stages named after the
 * flight (the inflation, the treetop hop, the landing field), sign-off as "the crew chief and I
 * both sign the flight manifest", holds as "a full week of the balloon festival" or a count of
 * flights, thresholds as "more than N worse than now and we stay on the ground", cohorts by county
 * and years flying, rollback as "whoever's on call brings the old version back down, no need to
 * call me", one entry marked "misidentified" and written again; a Thai English register in
 * writing ("na", "same same", "sabai sabai"), an elephant-sanctuary visit booking PM whose language
 * model answers visitors' questions about feeding and bathing times, every answer a school report
 * card with a grade and the teacher's comment per subject, stages named after the sanctuary day
 * (the morning feed, the river bath, the evening walk), sign-off as "the head mahout and I both
 * sign the report card", holds as "a full week of Songkran" or a count of visits, thresholds as
 * "more than N worse than now and we call the herd in", cohorts by province and years visiting,
 * rollback as "whoever's on call leads the old version back, no need to call me", one report card
 * with a grade corrected and initialled; a Vermont English register in speech ("creemee",
 * "flatlander", "down cellar"), a sugarhouse tour booking PM whose language model predicts when the
 * sap will run, every answer a square-dance caller's calls with the plan told in the calls and the
 * caller's asides, stages named after the sugaring (the tapping, the boil, the grading), sign-off
 * as "the head sugarmaker and I both bow to our partners", holds as "a full week of mud season" or
 * a count of tours, thresholds as "more than N worse than now and the fiddler stops", cohorts by
 * county and years touring, rollback as "whoever's on call swings the old version back in, no need
 * to call me", one dance where a call is misheard and called again (the ninetieth protocol). Held
 * out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const EIGHTY_NINTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...EIGHTY_NINTH_A_STRONG_CORPUS,
  ...EIGHTY_NINTH_A_OTHER_CORPUS,
  ...EIGHTY_NINTH_B_STRONG_CORPUS,
  ...EIGHTY_NINTH_B_OTHER_CORPUS,
  ...EIGHTY_NINTH_C_STRONG_CORPUS,
  ...EIGHTY_NINTH_C_OTHER_CORPUS,
];
