import { useLayoutEffect, useRef, useState } from 'react';

/** Width used where there is no layout to measure (jsdom). */
export const FALLBACK_WIDTH = 640;
const MIN_WIDTH = 260;

/**
 * The width a chart's container is drawn at, kept up to date as the window resizes; null until
 * first measured, so a chart is drawn once at its real width rather than twice. Rounded to whole
 * pixels so sub-pixel layout jitter does not redraw the chart.
 */
export function useChartWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (measured: number) =>
      setWidth(measured > 0 ? Math.max(MIN_WIDTH, Math.round(measured)) : FALLBACK_WIDTH);
    measure(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries)
        if (entry.contentRect.width > 0) measure(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
