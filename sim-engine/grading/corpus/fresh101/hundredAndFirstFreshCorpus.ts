import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_FIRST_A_OTHER_CORPUS } from './hundredAndFirstOtherAnswersA';
import { HUNDRED_AND_FIRST_B_OTHER_CORPUS } from './hundredAndFirstOtherAnswersB';
import { HUNDRED_AND_FIRST_C_OTHER_CORPUS } from './hundredAndFirstOtherAnswersC';
import { HUNDRED_AND_FIRST_A_STRONG_CORPUS } from './hundredAndFirstStrongAnswersA';
import { HUNDRED_AND_FIRST_B_STRONG_CORPUS } from './hundredAndFirstStrongAnswersB';
import { HUNDRED_AND_FIRST_C_STRONG_CORPUS } from './hundredAndFirstStrongAnswersC';

/**
 * The hundred-and-first fresh held-out set (dc001–dc060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: an Estonian (Tallinn) English register in writing
 * (terse, dry, understated, "jah", "ei", "aitäh", "noh"), an old-town hostel PM whose language
 * model suggests rooms and bunks for a travelling group, every answer a set of origami folding
 * instructions (numbered folds, valley and mountain folds, creases) with one fold undone and
 * refolded, stages named after the stay (the check-in, the first night, the full dormitory),
 * sign-off as "the night warden and I both sign the guest book", holds as "a full week of the Song
 * Festival" or a count of bookings, thresholds as "more than N worse than now, and we lock the
 * front door", cohorts by Tallinn district and years staying, rollback as "whoever's on call hangs
 * the old key back on its hook, no need to call me"; a Kazakh (Almaty) English register in speech
 * ("jaqsy", "rakhmet", "iä" for yes, "joq" for no, "kettik", "bauyrym"), a Green Bazaar
 * dried-fruit and nut delivery PM whose language model suggests what goes in a gift box for an
 * occasion, every answer a marathon race-day briefing read aloud to the runners (the start line,
 * numbered water stations by kilometre, the finish) with one station moved and replaced, stages
 * named after the bazaar (the first stall, the dried-fruit row, the whole bazaar), sign-off as
 * "the bazaar elder and I both weigh the first box", holds as "a full week of Nauryz" or a count
 * of orders, thresholds as "more than N worse than now, and we pull the shutters down", cohorts by
 * Almaty district and years buying, rollback as "whoever's on call carts the old version back to
 * the stall, no need to call me"; a Basque (Bilbao) English register in speech ("aupa", "eskerrik
 * asko", "bai" for yes, "ez" for no, "tira", "agur"), a pintxo-bar group PM whose language model
 * suggests pintxos for a group's tastes and diets, every answer a dance teacher's count sheet for
 * a Basque folk dance (numbered eight-counts, entrances and turns) with one sequence cut and
 * re-set, stages named after the evening (the first bar, the counter, the whole street), sign-off
 * as "the head cook and I both taste from the same spoon", holds as "a full week of Aste Nagusia"
 * or a count of orders, thresholds as "more than N worse than now, and we close the bar", cohorts
 * by Bilbao neighbourhood and years coming, rollback as "whoever's on call sets the old tray back
 * on the counter, no need to call me" (the hundred-and-second protocol; the briefs were rebuilt
 * this session from AUTHOR-BRIEF.md, the list of earlier voices from every fresh set's doc
 * comment and README). The first author reports that a Finnish register's "no niin" came close to
 * "no nii" (left out), that instruction manuals came close to numbered folds and hotel-booking PMs
 * to the hostel; the second, that the ninety-ninth set's third author also had a shop whose model
 * suggests gift boxes for an occasion; the third, that a square-dance caller's calls and a bakery's
 * "both taste it" sign-off came close, and that it edited its drafts with sed and python beyond
 * the three tools the brief allowed. Each drafted only in a private folder. Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_FIRST_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_FIRST_A_STRONG_CORPUS,
  ...HUNDRED_AND_FIRST_A_OTHER_CORPUS,
  ...HUNDRED_AND_FIRST_B_STRONG_CORPUS,
  ...HUNDRED_AND_FIRST_B_OTHER_CORPUS,
  ...HUNDRED_AND_FIRST_C_STRONG_CORPUS,
  ...HUNDRED_AND_FIRST_C_OTHER_CORPUS,
];
