import type { Scenario } from '../../../sim-engine/index';
import { BriefStory } from '../components/BriefStory';
import { SegmentBaselines } from '../components/SegmentBaselines';

/**
 * The brief kept beside the plan: the story folded away, the segments' baselines in view
 * (`folded`: both folded, where the column is narrow and busy, as in a live interview).
 */
export function BriefAside({
  scenario,
  folded = false,
}: {
  readonly scenario: Scenario;
  readonly folded?: boolean;
}) {
  const baselines = <SegmentBaselines scenario={scenario} compact />;
  return (
    <section className="card brief-aside" aria-labelledby="brief-aside-heading">
      <h2 id="brief-aside-heading">The brief</h2>
      <details>
        <summary>What the interviewer said</summary>
        <BriefStory scenario={scenario} />
      </details>
      {folded ? (
        <details>
          <summary>Segments and their baselines</summary>
          {baselines}
        </details>
      ) : (
        <>
          <h3>Segments and their baselines</h3>
          {baselines}
        </>
      )}
    </section>
  );
}
