import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMAND_CHANNEL, REQUEST_CHANNELS, REQUEST_NAMES } from '../../contract/channels';
import { createDesktopBridge } from './desktopBridge';

function fakeIpc() {
  return { invoke: vi.fn(async () => 'answer'), on: vi.fn(), removeListener: vi.fn() };
}

describe('createDesktopBridge', () => {
  it('has only functions, one per request channel plus the menu listener', () => {
    const bridge = createDesktopBridge(fakeIpc());
    expect(Object.values(bridge).every((member) => typeof member === 'function')).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual([...REQUEST_NAMES, 'onMenuCommand'].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
  });
  it('sends each request with invoke on its fixed channel', async () => {
    const ipc = fakeIpc();
    const bridge = createDesktopBridge(ipc);
    await expect(bridge.removePack('p')).resolves.toBe('answer');
    expect(ipc.invoke).toHaveBeenCalledWith(REQUEST_CHANNELS.removePack, 'p');
  });
  it('gives every request its own channel', () => {
    expect(new Set(Object.values(REQUEST_CHANNELS)).size).toBe(REQUEST_NAMES.length);
  });
  it('forwards only known menu commands, never the IPC event, and stops on unsubscribe', () => {
    const ipc = fakeIpc();
    const listener = vi.fn();
    const stop = createDesktopBridge(ipc).onMenuCommand(listener);
    const [[channel, forward]] = ipc.on.mock.calls as [
      [string, (event: unknown, command: unknown) => void],
    ];
    expect(channel).toBe(MENU_COMMAND_CHANNEL);
    forward({ sender: 'ipcRenderer' }, 'toggle-theme');
    forward({}, 'rm -rf');
    forward({}, { command: 'new-attempt' });
    expect(listener.mock.calls).toEqual([['toggle-theme']]);
    stop();
    expect(ipc.removeListener).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, forward);
  });
});
