import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/appStore';
import { services } from '../store/services';
import { renderApp } from '../testing/appHarness';
import { uncalibratedDraw } from '../testing/uncalibratedDraw';
import { generatePracticeSet } from './practiceSet';

// The worker's calibration is stood in for by the generator's uncalibrated draw of each
// request: this is about the set's requests, progress and pack, not about fairness.

describe('a generated practice set', () => {
  it('draws scenario i from seed + i, as the CLI does, and joins the library as one pack', async () => {
    await renderApp();
    const generate = vi
      .spyOn(services().engine, 'generateFair')
      .mockImplementation(async (request, onProgress) => {
        onProgress?.('Checking it is fair: run 1 of 40', 1 / 40);
        return uncalibratedDraw(request);
      });
    const pack = await generatePracticeSet({ level: 'hard', count: 2, seed: 70 });
    expect(generate.mock.calls.map(([request]) => request)).toEqual([
      { seed: 70, level: 'hard' },
      { seed: 71, level: 'hard' },
    ]);
    expect(pack?.id).toBe('generated-hard-70');
    expect(pack?.scenarios).toHaveLength(2);
    const inLibrary = useAppStore.getState().packs.find((p) => p.id === 'generated-hard-70');
    expect(inLibrary?.scenarios.map((s) => s.id)).toEqual(pack?.scenarios.map((s) => s.id));
    expect(Object.keys(inLibrary?.referencePlans ?? {})).toHaveLength(2);
  });

  it('asks the generator for one kind of change when the learner picks one', async () => {
    await renderApp();
    const generate = vi
      .spyOn(services().engine, 'generateFair')
      .mockImplementation(async (request) => uncalibratedDraw(request));
    const user = userEvent.setup();
    const card = screen.getByRole('region', { name: 'Fresh scenarios' });
    await user.selectOptions(within(card).getByLabelText('Kind of change'), 'Prompt change');
    await user.clear(within(card).getByLabelText('Scenarios'));
    await user.type(within(card).getByLabelText('Scenarios'), '2');
    await user.click(within(card).getByRole('button', { name: 'Generate a practice set' }));
    expect(await within(card).findByText(/prompt changes, seed \d+/)).toBeInTheDocument();
    const asked = generate.mock.calls.map(([request]) => request);
    expect(asked.map((request) => request.changeKind)).toEqual(['prompt', 'prompt']);
    expect(asked[1]?.seed).toBe((asked[0]?.seed ?? 0) + 1);
    const pack = useAppStore
      .getState()
      .packs.find((p) => p.id.startsWith('generated-standard-prompt-'));
    expect(pack?.scenarios.map((s) => s.changeKind)).toEqual(['prompt', 'prompt']);
  });

  it('is asked for from Home by level and size, and its first scenario opens', async () => {
    await renderApp();
    vi.spyOn(services().engine, 'generateFair').mockImplementation(async (r) =>
      uncalibratedDraw(r),
    );
    const user = userEvent.setup();
    const card = screen.getByRole('region', { name: 'Fresh scenarios' });
    await user.selectOptions(within(card).getByLabelText('Level'), 'introductory');
    await user.clear(within(card).getByLabelText('Scenarios'));
    await user.type(within(card).getByLabelText('Scenarios'), '1');
    await user.click(within(card).getByRole('button', { name: 'Generate a practice set' }));
    expect(
      await within(card).findByText(/Generated practice set: introductory/),
    ).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Start its first scenario' }));
    expect(useAppStore.getState().screen).toBe('brief');
    expect(useAppStore.getState().selected?.packId).toMatch(/^generated-introductory-\d+$/);
  });
});
