import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceSelect, choicesOf } from './ChoiceSelect';

const SIZES = ['small', 'large'] as const;
const LABELS = { small: 'Small shop', large: 'Large marketplace' };

describe('ChoiceSelect', () => {
  it('is named by its label and offers each value under its readable name', () => {
    render(
      <ChoiceSelect
        label="Size"
        value="small"
        choices={[{ value: 'any', label: 'Any size' }, ...choicesOf(SIZES, LABELS)]}
        onChange={() => undefined}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Size' });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Any size',
      'Small shop',
      'Large marketplace',
    ]);
    expect(select).toHaveValue('small');
  });

  it('reports the value the learner picks, as its own type', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <ChoiceSelect
        label="Size"
        value="small"
        choices={choicesOf(SIZES, LABELS)}
        onChange={onChange}
      />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), 'Large marketplace');
    expect(onChange).toHaveBeenCalledWith('large');
  });

  it('cannot be changed while disabled', () => {
    render(
      <ChoiceSelect
        label="Size"
        value="small"
        disabled
        choices={choicesOf(SIZES, LABELS)}
        onChange={() => undefined}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Size' })).toBeDisabled();
  });
});
