import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BAND_CUTOFFS, CEILINGS, dimensionMaxima, type Score } from '../../../sim-engine/index';
import { builtInLibrary } from '../../../scenarios/library';
import { ScoringHelp } from './ScoringHelp';

const scenarios = builtInLibrary().scenarios;
const surface = scenarios.find((s) => s.changeKind === 'surface')!;
const model = scenarios.find((s) => s.changeKind === 'model')!;

describe('ScoringHelp', () => {
  // A native <details>: browsers open it with Enter or Space on its summary; jsdom only on click.
  it('opens its disclosure and lists the bands and ceilings the engine uses', async () => {
    render(<ScoringHelp scenario={surface} />);
    const summary = screen.getByText('How scoring works');
    await userEvent.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
    const help = summary.closest('details') as HTMLElement;
    expect(help).toHaveTextContent(`strong from ${BAND_CUTOFFS.strong}`);
    expect(help).toHaveTextContent(`a plan that guards nothing: at most ${CEILINGS.guardsNothing}`);
  });

  it('gives the points each dimension is worth on this scenario, summing to 100', () => {
    const graded = { dimensions: [{ id: 'communication' as const }] } as unknown as Score;
    render(<ScoringHelp scenario={model} score={graded} />);
    const table = screen.getByRole('table', { name: 'Points per dimension on this scenario' });
    const cells = within(table)
      .getAllByRole('cell')
      .map((cell) => Number(cell.textContent));
    expect(cells).toHaveLength(dimensionMaxima(model, true).size);
    expect(cells.reduce((sum, points) => sum + points, 0)).toBeCloseTo(100, 0);
    expect(within(table).getByRole('rowheader', { name: 'Model guard' })).toBeInTheDocument();
  });

  it('leaves the model guard out on a surface change', () => {
    render(<ScoringHelp scenario={surface} />);
    expect(screen.queryByRole('rowheader', { name: 'Model guard' })).not.toBeInTheDocument();
  });
});
