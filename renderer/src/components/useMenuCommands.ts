import { useEffect } from 'react';
import type { MenuCommand } from '../platform/platform';
import { changeSettings, exportAttempt } from '../store/actions';
import { importPack } from '../store/packImport';
import { useAppStore } from '../store/appStore';
import { services } from '../store/services';

async function runCommand(command: MenuCommand): Promise<void> {
  const state = useAppStore.getState();
  const { platform } = services();
  switch (command) {
    case 'new-attempt':
      state.go('home');
      return;
    case 'import-pack':
      return importPack();
    case 'export-report':
      if (state.attemptId) await exportAttempt(state.attemptId, 'html');
      return;
    case 'import-history': {
      const result = await platform.importHistory();
      if (result.status === 'ok') state.setAttempts(await platform.listAttempts());
      return;
    }
    case 'export-history':
      await platform.exportHistory();
      return;
    case 'toggle-theme':
      return changeSettings({ theme: state.settings.theme === 'dark' ? 'light' : 'dark' });
  }
}

/** Carries out the desktop menu's commands; the browser platform has no menu. */
export function useMenuCommands(): void {
  useEffect(() => services().platform.onMenuCommand?.((command) => void runCommand(command)), []);
}
