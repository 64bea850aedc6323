import { afterEach, describe, expect, it } from 'vitest';
import type { DesktopApi } from './desktopApi';
import { choosePlatform } from './index';

afterEach(() => {
  Reflect.deleteProperty(window, 'canaryDesktop');
});

describe('choosePlatform', () => {
  it('uses the browser platform when there is no desktop bridge', () => {
    expect(choosePlatform().kind).toBe('browser');
  });

  it('uses the desktop platform when the shell put its bridge on window', () => {
    Object.defineProperty(window, 'canaryDesktop', { value: {} as DesktopApi, configurable: true });
    expect(choosePlatform().kind).toBe('desktop');
  });
});
