import { parseWithSchema } from '../../sim-engine/index';
import * as z from 'zod';
import type { Rectangle } from 'electron';
import type { DocumentSpec } from '../storage/versionedDocument';

/** Where the window was, in its normal (not maximized) state. */
export interface WindowState {
  readonly bounds: Rectangle;
  readonly maximized: boolean;
}

export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 700;
const DEFAULT_SIZE = { width: 1280, height: 820 };
// The saved place is kept only if this much of the window lands on a display (its title bar).
const MIN_VISIBLE = { width: 200, height: 40 };

const coordinate = z.number().multipleOf(1).min(-100_000).max(100_000);
const stateSchema = z.strictObject({
  bounds: z.strictObject({
    x: coordinate,
    y: coordinate,
    width: coordinate.min(1),
    height: coordinate.min(1),
  }),
  maximized: z.boolean(),
});

/** `window-state.json` in the data folder. */
export const windowStateSpec: DocumentSpec<WindowState | null> = {
  fileName: 'window-state.json',
  format: 'canary-coach-window',
  version: 1,
  migrations: {},
  parse: (data) => (data === null ? { ok: true, value: null } : parseWithSchema(stateSchema, data)),
  toData: (state) => state,
  initial: null,
  label: 'window position',
  limits: { maxBytes: 64 * 1024 },
};

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * The bounds to open with: the saved ones, shrunk to fit, when their top still shows on a
 * display (monitors get unplugged); otherwise the default size centred on the primary one.
 */
export function restoreBounds(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): Rectangle {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved !== null) {
    const titleBar = { ...saved.bounds, height: Math.min(saved.bounds.height, MIN_VISIBLE.height) };
    const home = workAreas.find((area) => {
      const seen = overlap(titleBar, area);
      return (
        seen.width >= MIN_VISIBLE.width &&
        seen.height >= Math.min(MIN_VISIBLE.height, titleBar.height)
      );
    });
    if (home) return fitInto(saved.bounds, home);
  }
  return centre(DEFAULT_SIZE, primary);
}

function fitInto(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = Math.max(Math.min(bounds.width, area.width), Math.min(MIN_WIDTH, area.width));
  const height = Math.max(Math.min(bounds.height, area.height), Math.min(MIN_HEIGHT, area.height));
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

function centre(size: { width: number; height: number }, area: Rectangle): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}
