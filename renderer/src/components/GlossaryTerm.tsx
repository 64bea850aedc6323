import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, OverlayArrow, Popover } from 'react-aria-components';
import { GLOSSARY, type GlossaryKey } from '../text/labels';

/**
 * A statistics or release term with its definition one press away. A toggletip rather than a
 * hover tooltip: a button (Tab reaches it; Enter, Space, a click or a tap opens it) shows the
 * definition in a small non-modal popover that Escape closes, returning focus to the term.
 * react-aria-components places the popover, keeps it on screen and wires the ARIA.
 */
export function GlossaryTerm({
  entry,
  children,
}: {
  readonly entry: GlossaryKey;
  /** The words shown in the sentence; the glossary's own term when absent. */
  readonly children?: ReactNode;
}) {
  const { term, definition } = GLOSSARY[entry];
  return (
    <DialogTrigger>
      <Button
        className="term"
        aria-label={`${typeof children === 'string' ? children : term}: what this means`}
      >
        {children ?? term}
      </Button>
      <Popover className="glossary-tip" placement="bottom" offset={6}>
        <OverlayArrow className="glossary-arrow">
          <svg width={12} height={12} viewBox="0 0 12 12" aria-hidden="true">
            <path d="M0 0 L6 6 L12 0" />
          </svg>
        </OverlayArrow>
        <Dialog className="glossary-dialog" aria-label={term}>
          <p>
            <strong>{term}</strong> {definition}
          </p>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
