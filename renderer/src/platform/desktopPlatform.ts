import type { DesktopApi } from './desktopApi';
import type { Platform } from './platform';

/**
 * The Platform inside the desktop shell: a thin adapter over the preload bridge. Main
 * validates every argument again; this file is the only renderer code that sees the bridge
 * (it receives it from `choosePlatform`, which reads `window.canaryDesktop`).
 */
export function createDesktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    startupNotices: () => api.startupNotices(),
    listAttempts: () => api.listAttempts(),
    saveAttempt: (record) => api.saveAttempt(record),
    exportHistory: async () => {
      await api.exportHistory();
    },
    importHistory: () => api.importHistory(),
    loadSettings: () => api.loadSettings(),
    saveSettings: (settings) => api.saveSettings(settings),
    listPacks: () => api.listPacks(),
    pickPack: () => api.pickPack(),
    // Call only after the learner confirmed replacing an older version of the same pack.
    savePack: (pack) => api.savePack(pack),
    removePack: (id) => api.removePack(id),
    loadMockSession: () => api.loadMockSession(),
    saveMockSession: (snapshot) => api.saveMockSession(snapshot),
    exportReport: (report, format) => api.exportReport(report, format),
    readPackText: (fileName, text) => api.readPackText(fileName, text),
    pickReports: () => api.pickReports(),
    exportCohortCsv: (reports) => api.exportCohortCsv(reports),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
