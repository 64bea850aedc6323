import {
  BAND_CUTOFFS,
  CEILINGS,
  VERDICT_CUTOFFS,
  dimensionMaxima,
  type RubricDimension,
  type Scenario,
  type Score,
} from '../../../sim-engine/index';

export interface ScoringHelpProps {
  readonly scenario: Scenario;
  /** The attempt's score: Communication counts when it was graded (mock interviews). */
  readonly score?: Pick<Score, 'dimensions'>;
}

const DIMENSION_NAMES: Readonly<Record<RubricDimension, string>> = {
  segments: 'Segments',
  thresholds: 'Thresholds',
  ramp: 'Ramp and holds',
  rollback: 'Rollback readiness',
  'model-guard': 'Model guard',
  'canary-vs-ab': 'Canary vs A/B',
  outcome: 'Outcome',
  communication: 'Communication',
};

const round = (points: number) => Math.round(points * 10) / 10;

/**
 * "How scoring works": the weights as they count on this scenario, the bands, and the
 * ceilings a gamed plan meets — the numbers read from the engine, so the help cannot drift.
 */
export function ScoringHelp({ scenario, score }: ScoringHelpProps) {
  const withCommunication = score?.dimensions.some((d) => d.id === 'communication') ?? false;
  const maxima = [...dimensionMaxima(scenario, withCommunication)];
  const percent = (share: number) => `${Math.round(share * 100)} %`;
  return (
    <details className="card scoring-help">
      <summary>How scoring works</summary>
      <p>
        Each dimension quotes what your plan said and what your run did, with the points each fact
        cost. On this scenario the dimensions are worth:
      </p>
      <table>
        <caption>Points per dimension on this scenario</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {maxima.map(([id, max]) => (
            <tr key={id}>
              <th scope="row">{DIMENSION_NAMES[id]}</th>
              <td>{round(max)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Bands: strong from {BAND_CUTOFFS.strong}, adequate from {BAND_CUTOFFS.adequate}, weak below.
        A dimension is strong from {percent(VERDICT_CUTOFFS.strong)} of its points, partial from{' '}
        {percent(VERDICT_CUTOFFS.partial)}. Each override costs 3 points, each hint 2.
      </p>
      <p>Some habits cap the total, whatever the dimensions earned:</p>
      <ul>
        <li>a plan that guards nothing: at most {CEILINGS.guardsNothing};</li>
        <li>a single jump to 100 %: at most {CEILINGS.singleJump};</li>
        <li>every hold shorter than its stage needs: at most {CEILINGS.rushedHolds};</li>
        <li>
          limits that stop a healthy release in most trial runs: at most {CEILINGS.noisyThresholds};
        </li>
        <li>
          limits that never caught this regression in trial runs: at most {CEILINGS.blindThresholds}
          ;
        </li>
        <li>
          a run that failed — the regression reached everyone, the rollback took over an hour, a
          rollback on noise, or a healthy release that never shipped: at most {CEILINGS.failedRun}.
        </li>
      </ul>
      <p>
        A catch counts only when a regression the gate could see was behind the breach. A rollback
        on noise is a false alarm wherever it happens; a hold that ran out of time without deciding
        is inconclusive — neither a catch nor a false alarm.
      </p>
    </details>
  );
}
