import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../contract/types';

/** Sends a menu command to the page (over the one command channel). */
export type SendCommand = (command: MenuCommand) => void;

const command = (
  label: string,
  accelerator: string,
  name: MenuCommand,
  send: SendCommand,
): MenuItemConstructorOptions => ({ label, accelerator, click: () => send(name) });

/**
 * The application menu. App actions are parameterless commands the page handles; zoom,
 * editing, full screen and quit are Electron's own roles (their shortcuts come with them).
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  send: SendCommand,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Attempt', 'CmdOrCtrl+N', 'new-attempt', send),
      { type: 'separator' },
      command('Import Pack…', 'CmdOrCtrl+O', 'import-pack', send),
      command('Export Report…', 'CmdOrCtrl+E', 'export-report', send),
      { type: 'separator' },
      command('Import History…', 'CmdOrCtrl+Shift+O', 'import-history', send),
      command('Export History…', 'CmdOrCtrl+Shift+E', 'export-history', send),
      ...(mac
        ? []
        : [{ type: 'separator' as const }, { role: 'quit' as const, accelerator: 'Ctrl+Q' }]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Toggle Theme', 'CmdOrCtrl+Shift+L', 'toggle-theme', send),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const edit: MenuItemConstructorOptions = { label: '&Edit', role: 'editMenu' };
  const window: MenuItemConstructorOptions = { label: '&Window', role: 'windowMenu' };
  const appMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, window];
}
