import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';
import { plan } from '../testing/planSentences';

// The hundred-and-twenty-fourth round (corpus/README.md): rows of short terms parted by bars or
// slashes, a taken-back label that says at what, what someone else proposed, and the PM's role
// refused with the words it qualifies. Every sentence is our own.
const service = gradedFor(fixtureScenario({ changeKind: 'backend' }));

const TERM_ROWS = [
  'Pricing page | netball | first quarter | centre pass',
  'comparison table | canary | 1 % | 5 % | 25 % | 100 %',
  'errors 0.5 % | p99 200 ms | conversion 2 % | baseline',
  'hold | gate | seven market days | 600 orders',
  'rollback | on call | any hour | flag | three minutes | no redeploy',
  'sign-off | Ama | first pot',
].join('\n');

describe('rows of short terms', () => {
  it('credits no rollback, hold or limit to an answer of bar-parted terms', () => {
    const covered = service.covered(TERM_ROWS);
    expect(covered).not.toContain('rollback');
    expect(covered).not.toContain('holds');
    expect(covered).not.toContain('thresholds');
  });

  it('credits no rollback to the same terms parted by slashes', () => {
    const slashed = TERM_ROWS.replaceAll(' | ', ' / ');
    expect(service.covered(slashed)).not.toContain('rollback');
  });
});

describe('what a label takes back', () => {
  it('credits no rollback quoted under "goal struck off at the monitor"', () => {
    const struck =
      'Second half, goal struck off at the monitor: "let whoever is on call flip the flag back at 3 a.m. without asking." Struck off; nobody flips anything.';
    expect(service.covered(plan(struck))).not.toContain('rollback');
  });

  it('credits no rollback "someone proposed" under a struck-off label', () => {
    const proposed =
      'Run 2, goal struck off at the monitor: someone proposed that whoever is on call could switch it back at any hour in minutes without asking me. Struck off; we will not set that up.';
    expect(service.covered(plan(proposed))).not.toContain('rollback');
  });

  it('keeps the plan said in the present under an annulled label (must not deny)', () => {
    const corrected =
      'Run 2, call annulled on review: whoever is on call switches the flag back at any hour in minutes, no approval needed.';
    expect(service.covered(plan(corrected))).toContain('rollback');
  });
});

describe("the PM's role refused with what it qualifies", () => {
  it('reads no ownership in "I will not set out what I own as PM against what the engineers own"', () => {
    const refused =
      'First call: I will not set out what I own as PM against what the engineers own.';
    expect(service.covered(plan(refused))).not.toContain('pm-owns');
  });

  it('still reads "what I own as PM: the order, the limits and the holds" as ownership (must not deny)', () => {
    const owned =
      'I set out what I own as PM: the order, the limits and the holds; the engineers own the routing and the flag.';
    expect(service.covered(plan(owned))).toContain('pm-owns');
  });

  it('still reads "… doesn\'t change what i\'d own as pm is the order …" spoken on as ownership (must not deny)', () => {
    const spoken =
      "the page behind it doesn't change what i'd own as pm is the order the limits and the holds the platform team owns the deploy and the flag";
    expect(service.covered(plan(spoken))).toContain('pm-owns');
  });
});
