import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { readAnswer } from './sentences';
import { isTermRun } from './termRuns';

// The seventeenth round (corpus/README.md): a sentence strung of many comma-separated terms with
// no clause among them commits to nothing; the twentieth: slashes and bars separate them too. Every sentence is our own wording.
function run(sentence: string): boolean {
  const first = readAnswer(sentence).sentences[0];
  return first !== undefined && isTermRun(first.tokens);
}

describe('a run of terms with no clause', () => {
  it.each([
    'Limits agreed up front, crash rate, checkout time, refunds, A/B later, safe not better, PM owns, platform owns, dashboards, pager.',
    'Rollout plan: staff group, beta list, regional shops, partners, enterprise tenants, retail shops, wholesale buyers, resellers, everyone else.',
    'Gates, holds, approvals, rollback switch, on-call rota, ten minutes, flags, config, runbook.',
    // The twentieth round: slashes and bars separate terms as commas do.
    'cart service / regional caches / canary / rollback limits / p99 / staff preview / sign-off / on-call / A/B / baseline',
    'gates | holds | approvals | rollback switch | on-call rota | flags | config | runbook | pager',
    // One compound the tagger reads as a clause in a long run leaves it a run.
    'new search model / index shards / canary / limits / p95 / eval set / thumbs-down / token cost / ' +
      'staff preview / sign-off / on-call / A/B / baseline / gates / timeouts / capacity / ' +
      'cache reads per query / blast radius / europe / asia',
    // The twenty-fifth round: a chain of plus signs separates terms as commas do.
    'new ranking model + eval harness + hallucination rate + p95 latency + token cost + staff preview + sign-off + on-call + guardrails',
  ])('is a run: "%s"', (sentence) => {
    expect(run(sentence)).toBe(true);
  });

  it.each([
    // Must not deny: a committed sentence with many commas keeps its clauses.
    'We go to staff first, then beta, then 5 %, then 25 %, then half, then everyone, and I hold each step for a day, with a sign-off.',
    'I own the order, the limits, the holds, the go/no-go, the comms, the timing, the exceptions, and the call to stop.',
    // A terse table of values states each value.
    'Limits: errors +0.5 % vs control, p99 +200 ms, refunds +1 %, crash rate +0.2 %, cost +10 %, thumbs-down +25 %, p95 +300 ms, churn.',
    // Items that relate terms with a verb and its complement.
    'Staff first, beta held two days, regions held a day, partners get a week, enterprise goes last, ramp stops on errors, on-call rolls back, PM signs.',
    // Too short to be a run: a note's short enumeration.
    'Watching errors, latency, refunds and crashes.',
    // Must not deny: a ramp and a plan written with slashes.
    'Ramp 1/5/25/50/100 %, each stage held 24 h, and the eng lead / ML lead / I sign each advance.',
    'Staff / beta / free / paid / enterprise: staff go first, we hold a day at each, the eng lead and I sign, on-call rolls back.',
    // Must not deny: a plus sign or two joins a pair, and a sign glued to a number is the number's.
    '## Stages | Share | Who | Hold | Signed by | |---|---|---|---| | 1 % | staff, testers | 24 h | me + payments lead | | 5 % | + web, Android slices | 48 h incl. one peak | me + payments lead |',
    'Limits: errors +0.5 %, p99 +200 ms, refunds +1 %, crash rate +0.2 %, cost +10 %, p95 +300 ms, churn +1 %, tickets.',
  ])('is not a run: "%s"', (sentence) => {
    expect(run(sentence)).toBe(false);
  });
});

describe('an answer of term runs earns nothing for its words', () => {
  const service = fixtureScenario({ changeKind: 'backend' });
  it('scores a salad of runs as salad', () => {
    const salad =
      'Search rewrite: new ranking, query cache, click-through, zero results, p99, cost, support. ' +
      'Ramp 1 % 5 % 25 % 100 %, 24 h, gates, sign-off, rollback, pager, flag, under ten minutes. ' +
      'Limits pre-agreed, errors 0.5 %, latency 200 ms, A/B test, randomised, safe not better, PM owns, engineering owns, staff, beta, everyone.';
    expect(gradeAnswer(salad, service).score).toBeLessThanOrEqual(30);
  });

  it('still credits a committed sentence with many commas', () => {
    const answer =
      'I agree the limits before we start, write them down, and roll back at once if errors rise 0.5 % over control, p99 gets 200 ms slower, or checkout drops 2 %, whatever the hour.';
    expect(gradeAnswer(answer, service).covered).toContain('thresholds');
  });
});
