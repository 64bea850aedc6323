import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Transcript } from './Transcript';

describe('Transcript', () => {
  it('shows each question with the time it was asked, in a polite log', () => {
    render(
      <Transcript
        probes={[
          { atSecond: 60, text: 'Who goes first?' },
          { atSecond: 185, text: 'What makes you roll back?' },
        ]}
      />,
    );
    const log = screen.getByRole('log', { name: 'Interviewer’s questions' });
    const items = within(log).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '1:00Who goes first?',
      '3:05What makes you roll back?',
    ]);
  });

  it('says the interviewer is listening before the first question', () => {
    render(<Transcript probes={[]} />);
    expect(screen.getByText(/The interviewer is listening/)).toBeInTheDocument();
  });

  it('ends with the learner’s answer once the interview is over', () => {
    render(<Transcript probes={[{ atSecond: 5, text: 'Why?' }]} answer="Internal users first." />);
    expect(screen.getAllByRole('listitem').at(-1)).toHaveTextContent(
      'You wroteInternal users first.',
    );
  });
});
