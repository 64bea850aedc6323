import { formatMinutes } from '../../../sim-engine/index';
import type { Counterfactual } from '../../../sim-engine/index';
import { counterfactualVerdict } from './counterfactualVerdict';

const LABELS = {
  yours: 'Your plan',
  strong: 'Strong plan',
  weak: 'Weak plan',
  edited: 'Your edited plan',
} as const;

/** The same seed played by your plan, the strong plan and the weak one, side by side. */
export function CounterfactualStrip({ items }: { readonly items: readonly Counterfactual[] }) {
  return (
    <section aria-labelledby="counterfactual-heading">
      <h2 id="counterfactual-heading">Same seed, other plans</h2>
      <table className="data-table counterfactuals">
        <thead>
          <tr>
            <th scope="col">Plan</th>
            <th scope="col">What happened</th>
            <th scope="col">Users exposed</th>
            <th scope="col">Full rollout</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.label} className={`cf-${c.label}`}>
              <th scope="row">{LABELS[c.label]}</th>
              <td>{counterfactualVerdict(c.outcome)}</td>
              <td>{c.outcome.exposedUsers.toLocaleString('en')}</td>
              <td>
                {c.outcome.minutesToFullRollout === null
                  ? 'Not reached'
                  : formatMinutes(c.outcome.minutesToFullRollout)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
