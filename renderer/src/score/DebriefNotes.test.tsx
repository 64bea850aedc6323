import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DebriefNotes } from './DebriefNotes';

describe('DebriefNotes', () => {
  it('shows the author’s notes under a heading that names the region', () => {
    render(<DebriefNotes notes={['Staff convert at twice the rate.', 'Watch the cohort.']} />);
    const region = screen.getByRole('region', { name: 'Notes from the scenario’s author' });
    expect(region).toHaveTextContent('Staff convert at twice the rate.');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('renders nothing when the pack has no notes', () => {
    const { container } = render(<DebriefNotes notes={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
