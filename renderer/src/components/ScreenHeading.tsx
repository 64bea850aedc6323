import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's one h1. It takes focus when the screen opens, so keyboard and screen-reader
 * users start at the top of the new screen instead of on a button that has gone.
 */
export function ScreenHeading({ children }: { readonly children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
