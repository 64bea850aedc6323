import type { LabelledAnswer } from './corpusTypes';
import { CORPUS } from './corpus';
import { FRESH_SET_RECORDS } from './freshSetRecords';
import { GAMING_PROBES } from './probes/gamingProbes';
import { RED_TEAM_CORPUS } from './redteam/redTeamAnswers';
import { RED_TEAM_T_CORPUS } from './redteam2/redTeamAnswersT';
import { RED_TEAM_V_CORPUS } from './redteam3/redTeamAnswersV';
import { RED_TEAM_W_CORPUS } from './redteam4/redTeamAnswersW';
import { RED_TEAM_Z_CORPUS } from './redteam5/redTeamAnswersZ';

/**
 * Every labelled answer the project holds: the main corpus, every fresh set with a recorded
 * evaluation, the five red teams and the gaming probes. Read where all of them are asked for at
 * once (ids unique across them; `npm run robustness:grading`).
 */
export const EVERY_LABELLED_ANSWER: readonly LabelledAnswer[] = [
  ...CORPUS,
  ...FRESH_SET_RECORDS.flatMap((set) => set.answers),
  ...RED_TEAM_CORPUS,
  ...RED_TEAM_T_CORPUS,
  ...RED_TEAM_V_CORPUS,
  ...RED_TEAM_W_CORPUS,
  ...RED_TEAM_Z_CORPUS,
  ...GAMING_PROBES,
];
