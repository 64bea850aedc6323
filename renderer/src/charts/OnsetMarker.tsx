import type { Frame } from './frame';

/** Where the hidden regression began: revealed only in replay. */
export function OnsetMarker({ frame, x }: { readonly frame: Frame; readonly x: number }) {
  const nearRight = x > frame.width - frame.right - 120;
  const bottom = frame.height - frame.bottom;
  return (
    <g className="onset" aria-hidden="true">
      <line x1={x} x2={x} y1={frame.top} y2={bottom} />
      {/* At the foot of the line, so it never sits on the breach call-out near the top. */}
      <text x={nearRight ? x - 4 : x + 4} y={bottom - 5} textAnchor={nearRight ? 'end' : 'start'}>
        regression begins
      </text>
    </g>
  );
}
