import { describe, expect, it, vi } from 'vitest';
import { denyPermissions, guardWebContents } from './guards';

type Listener = (event: { preventDefault: () => void; url: string }) => void;

function fakeContents() {
  // Untyped mocks stand in for Electron's overloaded `on`; calls are read back below.
  const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
  const openExternal = vi.fn();
  guardWebContents(contents, openExternal, ['docs.example.org']);
  const fire = (name: string, url: string) => {
    const event = { preventDefault: vi.fn(), url };
    for (const [eventName, listener] of contents.on.mock.calls as [string, Listener][])
      if (eventName === name) listener(event);
    return event.preventDefault;
  };
  const [[openHandler]] = contents.setWindowOpenHandler.mock.calls as [
    [(details: { url: string }) => { action: string }],
  ];
  return { fire, openExternal, open: (url: string) => openHandler({ url }) };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'prevents %s away from our own page',
    (name) => {
      const { fire } = fakeContents();
      expect(fire(name, 'https://evil.example/')).toHaveBeenCalled();
      expect(fire(name, 'file:///etc/passwd')).toHaveBeenCalled();
    },
  );
  it.each(['will-navigate', 'will-redirect'])('lets %s within our own page through', (name) => {
    const { fire } = fakeContents();
    expect(fire(name, 'app://canary-coach/index.html#/history')).not.toHaveBeenCalled();
  });
  it('prevents every webview from attaching', () => {
    const { fire } = fakeContents();
    expect(fire('will-attach-webview', 'app://canary-coach/')).toHaveBeenCalled();
  });
  it('denies every new window, opening only allow-listed https links in the browser', () => {
    const { open, openExternal } = fakeContents();
    expect(open('https://docs.example.org/canary')).toEqual({ action: 'deny' });
    expect(open('http://docs.example.org/canary')).toEqual({ action: 'deny' });
    expect(open('https://docs.example.org.evil.example/')).toEqual({ action: 'deny' });
    expect(open('app://canary-coach/index.html')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://docs.example.org/canary']]);
  });
  it('opens nothing when a denied navigation is not on the allow-list', () => {
    const { fire, openExternal } = fakeContents();
    fire('will-navigate', 'https://evil.example/');
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('denyPermissions', () => {
  it('answers every permission request and check with no', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyPermissions(session);
    const [[request]] = session.setPermissionRequestHandler.mock.calls as [
      [(contents: unknown, permission: string, callback: (granted: boolean) => void) => void],
    ];
    const [[check]] = session.setPermissionCheckHandler.mock.calls as [[() => boolean]];
    const callback = vi.fn();
    request({}, 'media', callback);
    request({}, 'notifications', callback);
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(check()).toBe(false);
  });
});
