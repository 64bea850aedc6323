import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../contract/channels';
import { menuTemplate } from './menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

describe('menuTemplate', () => {
  it('offers every menu command with a keyboard shortcut, and clicking sends it', () => {
    const send = vi.fn();
    const items = flatten(menuTemplate('linux', send)).filter((item) => item.click);
    for (const item of items) {
      expect(item.accelerator).toBeTruthy();
      item.click?.({} as never, undefined, {} as never);
    }
    expect(send.mock.calls.map(([command]) => command as string).sort()).toEqual(
      [...MENU_COMMANDS].sort(),
    );
  });
  it('uses unique shortcuts', () => {
    const keys = flatten(menuTemplate('linux', vi.fn())).flatMap((item) =>
      item.accelerator ? [item.accelerator] : [],
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('has zoom and quit on Linux and Windows, and the app menu on macOS', () => {
    const roles = (platform: NodeJS.Platform) =>
      flatten(menuTemplate(platform, vi.fn())).map((item) => item.role);
    expect(roles('linux')).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'quit']),
    );
    expect(roles('darwin')).toContain('appMenu');
    expect(roles('darwin')).not.toContain('quit');
  });
});
