import type { LabelledAnswer } from '../corpusTypes';
import { EIGHTY_EIGHTH_A_OTHER_CORPUS } from './eightyEighthOtherAnswersA';
import { EIGHTY_EIGHTH_B_OTHER_CORPUS } from './eightyEighthOtherAnswersB';
import { EIGHTY_EIGHTH_C_OTHER_CORPUS } from './eightyEighthOtherAnswersC';
import { EIGHTY_EIGHTH_A_STRONG_CORPUS } from './eightyEighthStrongAnswersA';
import { EIGHTY_EIGHTH_B_STRONG_CORPUS } from './eightyEighthStrongAnswersB';
import { EIGHTY_EIGHTH_C_STRONG_CORPUS } from './eightyEighthStrongAnswersC';

/**
 * The eighty-eighth fresh held-out set (cp001–cp060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Faroese English register in writing ("góðan dag",
 * "tak fyri", the weather first), an inter-island helicopter seat booking PM whose language model
 * answers questions about weather cancellations, every answer a flat-pack furniture instruction
 * manual with the plan told in its numbered steps, stages named after the assembly (the frame, the
 * shelves, the doors), sign-off as "the chief pilot and I both tighten the last screw", holds as
 * "a full week of Ólavsøka" or a count of bookings, thresholds as "more than N worse than now and
 * we stop assembling", cohorts by island and years flying, rollback as "whoever's on call puts the
 * old version back in the box, no need to call me", one manual with an erratum slip; a Gambian
 * English register in speech ("nanga def", "jerejef", "inshallah"), a made-to-measure tailoring
 * shop PM whose language model suggests fabrics, every answer a ballot paper with numbered
 * measures marked YES or NO, stages named after the tailoring (the measuring, the first fitting,
 * the final fitting), sign-off as "the master tailor and I both mark the ballot", holds as "a full
 * Tobaski week" or a count of orders, thresholds as "more than N worse than now and the measure
 * fails", cohorts by region and years ordering, rollback as "whoever's on call stitches the old
 * version back in, no need to phone me", one ballot with a recount; a Montana English register in
 * speech ("a ways", "you bet"), a fly-fishing guide booking PM whose language model predicts
 * insect hatches, every answer a sermon with a reading, numbered points and a closing blessing,
 * stages named after the fishing day (dawn, the midday hatch, the evening rise), sign-off as "the
 * head guide and I both tie on the fly", holds as "a full week of the salmonfly hatch" or a count
 * of trips, thresholds as "more than N worse than now and we reel in", cohorts by county and
 * seasons fished, rollback as "whoever's on call casts the old version back out, no need to call
 * me", one sermon interrupted by a fire alarm and picked up again (the eighty-ninth protocol).
 * Held out entirely: graded once after the grader was frozen, never tuned on (../README.md).
 */
export const EIGHTY_EIGHTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...EIGHTY_EIGHTH_A_STRONG_CORPUS,
  ...EIGHTY_EIGHTH_A_OTHER_CORPUS,
  ...EIGHTY_EIGHTH_B_STRONG_CORPUS,
  ...EIGHTY_EIGHTH_B_OTHER_CORPUS,
  ...EIGHTY_EIGHTH_C_STRONG_CORPUS,
  ...EIGHTY_EIGHTH_C_OTHER_CORPUS,
];
