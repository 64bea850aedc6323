import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AnswerBox } from './AnswerBox';

function Harness({ onChange }: { readonly onChange: (text: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <AnswerBox
      value={value}
      onChange={(text) => {
        setValue(text);
        onChange(text);
      }}
    />
  );
}

describe('AnswerBox', () => {
  it('is a labelled text box the keyboard reaches and types into', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const user = userEvent.setup();
    await user.tab();
    const box = screen.getByRole('textbox', { name: 'What you would say' });
    expect(box).toHaveFocus();
    await user.keyboard('Staff first, then insiders.');
    expect(onChange).toHaveBeenLastCalledWith('Staff first, then insiders.');
  });

  it('counts the words written and describes the box with its hint', async () => {
    render(<Harness onChange={() => undefined} />);
    await userEvent.setup().type(screen.getByRole('textbox'), 'Roll back at 1 pp errors');
    expect(screen.getByText('6 words')).toBeInTheDocument();
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription(
      /Graded when the interview ends/,
    );
  });
});
