import { useLayoutEffect, useRef, useState } from 'react';

/** Width used before the first measurement, and where there is no layout (jsdom). */
export const FALLBACK_WIDTH = 640;
const MIN_WIDTH = 260;

/**
 * The width a chart's container is drawn at, kept up to date as the window resizes. Rounded to
 * whole pixels so sub-pixel layout jitter does not redraw the chart.
 */
export function useChartWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = (measured: number) => {
      if (measured > 0) setWidth(Math.max(MIN_WIDTH, Math.round(measured)));
    };
    measure(element.clientWidth);
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) measure(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
