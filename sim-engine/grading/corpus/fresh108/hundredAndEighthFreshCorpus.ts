import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_EIGHTH_A_OTHER_CORPUS } from './hundredAndEighthOtherAnswersA';
import { HUNDRED_AND_EIGHTH_B_OTHER_CORPUS } from './hundredAndEighthOtherAnswersB';
import { HUNDRED_AND_EIGHTH_C_OTHER_CORPUS } from './hundredAndEighthOtherAnswersC';
import { HUNDRED_AND_EIGHTH_A_STRONG_CORPUS } from './hundredAndEighthStrongAnswersA';
import { HUNDRED_AND_EIGHTH_B_STRONG_CORPUS } from './hundredAndEighthStrongAnswersB';
import { HUNDRED_AND_EIGHTH_C_STRONG_CORPUS } from './hundredAndEighthStrongAnswersC';

/**
 * The hundred-and-eighth fresh held-out set (dj001–dj060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). It replaces the set of the same name the hundred-and-ninth protocol first
 * commissioned, whose three unmerged branches were lost with that session's machine before the
 * round began; the replacement was commissioned at the start of the round, from the same voices
 * and the same brief (AUTHOR-BRIEF.md), against main at 3aea8106, and waited unread until the
 * freeze. The voices they were given: a Kerala (Kochi) English register in writing (courteous,
 * exact, a little formal, "kindly note", "namaskaram", "sheri", "alle?"), a coir mat maker whose
 * language model suggests which mat size, weave and pattern suit a buyer's doorway, room and
 * weather, every answer a surveyor's inspection report item by item with one item re-inspected
 * and amended, stages named after the coir (the first husk, the retting pond, the whole godown),
 * sign-off as "the head weaver and I both sign the inspection slip", holds as "a full week of
 * Onam" or a count, thresholds as "more than N worse than now, and we stop the spinning wheel",
 * cohorts by Kochi area and years buying, rollback as "whoever is on call puts the old mats back
 * on the verandah, no need to call me"; a Flemish (Ghent) English register in speech (direct,
 * dry, teasing, "allez", "amai", "zeg"), a praline chocolatier whose language model suggests
 * which pralines, fillings and box size suit a customer and an occasion, every answer a rowing
 * cox's calls with one call taken back ("Belay that call — …"), stages named after the chocolate
 * (the first temper, the enrobing line, the whole shop), sign-off as "the head chocolatier and I
 * both taste the first tray", holds as "a full week of the Gentse Feesten" or a count, thresholds
 * as "more than N worse than now, and we stop the tempering machine", cohorts by Ghent district
 * and years buying, rollback as "whoever is on call puts the old boxes back in the window, no
 * need to call me"; a Mauritian (Port Louis) English register in speech (warm, quick, Kreol and
 * French words), a model-ship workshop whose language model suggests which ship model, scale and
 * kit suit a buyer's skill and shelf, every answer a railway station's announcements with one
 * corrected ("Correction to the last announcement: …"), stages named after the ship (the keel,
 * the rigging, the whole fleet), sign-off as "the master modeller and I both check the first
 * hull", holds as "a full week of Divali" or a count, thresholds as "more than N worse than now,
 * and we stop the lathe", cohorts by town and years buying, rollback as "whoever is on call
 * brings the old kits back to the counter, no need to call me". The first author found "we stop
 * the spinning wheel" word for word in an earlier author's limits and wrote "we stop the ratt"
 * instead; the second kept the brief's rollback though a Tunis shop had put "the old caps back in
 * the window"; the third, finding "alors" and "ki manière" in an earlier Mauritian voice, used
 * neither. Beyond the brief's list the first author reported nothing; the second wrote its
 * TypeScript from its drafts with a small node script, ran `git status` twice and listed its own
 * new folder once; the third ran `git status` and `git branch --show-current`, let the
 * file-editing tool create the folder, edited drafts with python and checked with a read-only
 * python script that the committed texts match them. All three note that the root `tsc --noEmit`
 * checks none of their files; the second and third checked them with `tsc --ignoreConfig`. Each
 * drafted only in a private folder. Held out entirely: graded once after the grader was frozen,
 * never tuned on (../README.md).
 */
export const HUNDRED_AND_EIGHTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_EIGHTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_EIGHTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_EIGHTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_EIGHTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_EIGHTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_EIGHTH_C_OTHER_CORPUS,
];
