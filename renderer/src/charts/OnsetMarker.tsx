import type { Frame } from './frame';

/** Where the hidden regression began: revealed only in replay. */
export function OnsetMarker({ frame, x }: { readonly frame: Frame; readonly x: number }) {
  const nearRight = x > frame.width * 0.75;
  return (
    <g className="onset" aria-hidden="true">
      <line x1={x} x2={x} y1={frame.top} y2={frame.height - frame.bottom} />
      {/* Near the right edge the label goes to the left of the line, to stay inside the chart. */}
      <text
        x={nearRight ? x - 4 : x + 4}
        y={frame.top + 10}
        textAnchor={nearRight ? 'end' : 'start'}
      >
        regression begins
      </text>
    </g>
  );
}
