/** A chart's drawing area inside its SVG: React sizes the SVG, the maths uses these. */
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

/**
 * A frame drawn at the width it is shown at (one SVG unit = one CSS pixel), so 12 px labels stay
 * 12 px on a phone instead of shrinking with a scaled viewBox.
 */
export function chartFrame(width: number, height: number): Frame {
  const narrow = width < 480;
  // The left margin holds the widest y label, "+1500 ms" (58 px clipped its sign on a phone).
  return { width, height, top: 22, right: narrow ? 10 : 18, bottom: 30, left: narrow ? 66 : 68 };
}

export function innerRange(frame: Frame): { x: [number, number]; y: [number, number] } {
  return {
    x: [frame.left, frame.width - frame.right],
    y: [frame.height - frame.bottom, frame.top],
  };
}
