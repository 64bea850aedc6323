/** A chart's drawing area inside its SVG viewBox: React sizes the SVG, the maths uses these. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const DEFAULT_FRAME: Frame = {
  width: 640,
  height: 180,
  top: 12,
  right: 16,
  bottom: 28,
  left: 56,
};

export function innerRange(frame: Frame): { x: [number, number]; y: [number, number] } {
  return {
    x: [frame.left, frame.width - frame.right],
    y: [frame.height - frame.bottom, frame.top],
  };
}
