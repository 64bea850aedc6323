import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../text/labels';
import { GlossaryTerm } from './GlossaryTerm';

describe('GlossaryTerm', () => {
  it('opens its definition from the keyboard and closes it with Escape, focus back on the term', async () => {
    const user = userEvent.setup();
    render(
      <p>
        Read by an <GlossaryTerm entry="sequentialGuard">always-valid check</GlossaryTerm>.
      </p>,
    );
    await user.tab();
    const term = screen.getByRole('button', { name: 'always-valid check: what this means' });
    expect(term).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: GLOSSARY.sequentialGuard.term });
    expect(dialog).toHaveTextContent(GLOSSARY.sequentialGuard.definition);
    await user.keyboard('{Escape}');
    // react-aria restores focus once the popover has left the page.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(term).toHaveFocus());
  });
});

describe('the glossary', () => {
  it('defines every term in a sentence of our own, never by repeating the term', () => {
    for (const { term, definition } of Object.values(GLOSSARY)) {
      expect(definition.length).toBeGreaterThan(40);
      expect(definition.toLowerCase().startsWith(term.toLowerCase())).toBe(false);
    }
  });
});
