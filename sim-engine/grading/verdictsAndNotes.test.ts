import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The seventy-sixth round (corpus/README.md): a short verdict two people both mark on a stage
// ("both mark each stage "good to go""), a clause followed by its notes with no heading before it
// ("whoever's on call puts the old model back, a flag flip, any hour"), and stages named under a
// plural heading the tagger reads as a name ("Lanes: slow lane 1 %, …"). Every sentence is our
// own wording.
const service = fixtureScenario({ changeKind: 'backend' });
const { covered } = gradedFor(service);
const ramp = 'Stages: 5 %, 25 %, 50 %, then 100 %. ';

describe('a short verdict two people both mark on a stage', () => {
  it('reads "the data lead and me both mark each stage "cleared" on the board" as a sign-off', () => {
    const marked = `${ramp}The data lead and me both mark each stage "cleared" on the release board.`;
    expect(covered(marked)).toContain('sign-off');
  });

  it('does not read a quoted name of what both check as a verdict (must not deny)', () => {
    const panel = `${ramp}Nobody moves to the next stage till the ops lead and I both check the 'errors' panel.`;
    expect(covered(panel)).not.toContain('sign-off');
  });

  it('does not read a quotation far past the verb as its verdict (must not deny)', () => {
    const report = `${ramp}Nobody moves to the next stage till the ops lead and I both read the long weekly report called 'all clear'.`;
    expect(covered(report)).not.toContain('sign-off');
  });
});

describe('a clause followed by its notes, with no heading before it', () => {
  it('reads "whoever is on call puts the old build back, a flag flip, any hour, no asking" as a rollback', () => {
    const back = 'Whoever is on call puts the old build back, a flag flip, any hour, no asking.';
    expect(covered(back)).toContain('rollback');
  });

  it('still reads the items after a refusal as a list (must not deny)', () => {
    const refused =
      "I don't see the point of deciding which segments go first, staff, beta, whoever; " +
      "it's the same page for everyone.";
    expect(covered(refused)).not.toContain('cohort-order');
  });
});

describe('stages named under a plural heading', () => {
  it('reads "Floors: ground floor 2 %, …" then "each holds through a full Monday peak" as held stages', () => {
    const floors =
      'Floors: ground floor 2 %, middle floor 10 then 25, top floor 50 then 100. ' +
      'Each holds through a full Monday peak before the next.';
    expect(covered(floors)).toContain('holds');
  });
});
