import { describe, expect, it } from 'vitest';
import { restoreBounds } from './windowState';

const laptop = { x: 0, y: 0, width: 1920, height: 1080 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1440 };
const saved = (x: number, y: number, width = 1300, height = 800) => ({
  bounds: { x, y, width, height },
  maximized: false,
});

describe('restoreBounds', () => {
  it('restores the saved place when it is on a display', () => {
    expect(restoreBounds(saved(2100, 100), [laptop, rightMonitor])).toEqual({
      x: 2100,
      y: 100,
      width: 1300,
      height: 800,
    });
  });
  it('centres the default size on the primary display when the saved display is gone', () => {
    expect(restoreBounds(saved(2100, 100), [laptop])).toEqual({
      x: 320,
      y: 130,
      width: 1280,
      height: 820,
    });
  });
  it('centres the default size when nothing was saved', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ x: 320, y: 130, width: 1280, height: 820 });
  });
  it('pulls a window that hangs off the edge back inside and shrinks it to the display', () => {
    expect(restoreBounds(saved(1500, 10, 3000, 2000), [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1080,
    });
  });
  it('does not restore a window whose title bar is off screen', () => {
    expect(restoreBounds(saved(100, 1070), [laptop])).toEqual({
      x: 320,
      y: 130,
      width: 1280,
      height: 820,
    });
  });
});
