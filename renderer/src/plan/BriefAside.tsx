import type { Scenario } from '../../../sim-engine/index';
import { BriefStory } from '../components/BriefStory';
import { SegmentBaselines } from '../components/SegmentBaselines';

/** The brief kept beside the plan: the story folded away, the segments' baselines in view. */
export function BriefAside({ scenario }: { readonly scenario: Scenario }) {
  return (
    <section className="card brief-aside" aria-labelledby="brief-aside-heading">
      <h2 id="brief-aside-heading">The brief</h2>
      <details>
        <summary>What the interviewer said</summary>
        <BriefStory scenario={scenario} />
      </details>
      <h3>Segments and their baselines</h3>
      <SegmentBaselines scenario={scenario} compact />
    </section>
  );
}
