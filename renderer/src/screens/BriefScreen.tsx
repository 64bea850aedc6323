import { useAppStore } from '../store/appStore';
import { selectScenario } from '../store/selectors';
import { BriefStory } from '../components/BriefStory';
import { ScreenHeading } from '../components/ScreenHeading';
import { SegmentBaselines } from '../components/SegmentBaselines';
import { CHANGE_KIND_LABELS, DIFFICULTY_LABELS } from '../text/labels';

/** The scenario as an interviewer would set it, then the population and its usual numbers. */
export function BriefScreen() {
  const scenario = useAppStore(selectScenario);
  const go = useAppStore((s) => s.go);
  if (!scenario) return <p>Choose a scenario in the library first.</p>;
  return (
    <div className="screen brief">
      <ScreenHeading>Brief: {scenario.title}</ScreenHeading>
      <p className="meta">
        <span className="tag">{CHANGE_KIND_LABELS[scenario.changeKind]}</span>
        <span className="tag">{DIFFICULTY_LABELS[scenario.difficulty]}</span>
        <span className="muted"> Nothing is scored yet.</span>
      </p>
      <section className="card interviewer" aria-labelledby="brief-story">
        <h2 id="brief-story">The interviewer says</h2>
        <BriefStory scenario={scenario} />
      </section>
      <section aria-labelledby="brief-segments">
        <h2 id="brief-segments">Who uses the product</h2>
        <p className="muted">
          Each segment’s usual numbers last week: what the new version will be compared against.
        </p>
        <SegmentBaselines scenario={scenario} />
      </section>
      <div className="actions">
        <button type="button" onClick={() => go('home')}>
          Back to the library
        </button>
        <button type="button" className="primary" onClick={() => go('plan')}>
          Write your plan
        </button>
      </div>
    </div>
  );
}
