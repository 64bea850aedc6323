import { useAppStore } from '../store/appStore';
import { selectScenario } from '../store/selectors';
import { ScreenHeading } from '../components/ScreenHeading';
import { CHANGE_KIND_LABELS, SEGMENT_KIND_LABELS, formatPercent } from '../text/labels';

/** The scenario as an interviewer would set it, then the population in a table. */
export function BriefScreen() {
  const scenario = useAppStore(selectScenario);
  const go = useAppStore((s) => s.go);
  if (!scenario) return <p>Choose a scenario in the library first.</p>;
  const days = Math.round(scenario.horizonMinutes / 1440);
  return (
    <div className="screen brief">
      <ScreenHeading>Brief: {scenario.title}</ScreenHeading>
      <section className="card interviewer" aria-labelledby="brief-story">
        <h2 id="brief-story">The interviewer says</h2>
        <p>“{scenario.brief.product}</p>
        <p>
          Here is what is shipping — {CHANGE_KIND_LABELS[scenario.changeKind].toLowerCase()}:{' '}
          {scenario.brief.change}
        </p>
        <p>{scenario.brief.context}</p>
        <p>
          You have up to {days} {days === 1 ? 'day' : 'days'} from{' '}
          {scenario.start.replace('T', ' ')} ({scenario.timeZone}). Before any traffic moves: who
          goes first, what makes you roll back, how long you hold, and who can pull the plug?”
        </p>
      </section>
      <section aria-labelledby="brief-segments">
        <h2 id="brief-segments">Who uses the product</h2>
        <table className="data-table">
          <caption className="visually-hidden">
            Segments with their traffic share, value and tolerance
          </caption>
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col">Kind</th>
              <th scope="col">Share of traffic</th>
              <th scope="col">Value per purchase</th>
              <th scope="col">Tolerance for instability</th>
            </tr>
          </thead>
          <tbody>
            {scenario.segments.map((segment) => (
              <tr key={segment.id}>
                <th scope="row">{segment.name}</th>
                <td>{SEGMENT_KIND_LABELS[segment.kind]}</td>
                <td>{formatPercent(segment.share)}</td>
                <td>{segment.valuePerConversion.toLocaleString('en')}</td>
                <td>
                  {segment.tolerance >= 0.7 ? 'High' : segment.tolerance >= 0.4 ? 'Medium' : 'Low'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="actions">
        <button type="button" onClick={() => useAppStore.getState().go('home')}>
          Back to the library
        </button>
        <button type="button" className="primary" onClick={() => go('plan')}>
          Write your plan
        </button>
      </div>
    </div>
  );
}
