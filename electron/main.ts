import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { MENU_COMMAND_CHANNEL } from '../contract/channels';
import { createAppProtocolHandler } from './desktop/appProtocol';
import { createFileDialogs } from './desktop/fileDialogs';
import { denyPermissions, guardWebContents } from './desktop/guards';
import { holdQuitForSaves, prepareDataFolder, startDesktop } from './desktop/lifecycle';
import { openMainWindow } from './desktop/mainWindow';
import { menuTemplate } from './desktop/menu';
import { createPdfPrinter } from './desktop/pdfPrinter';
import { windowStateSpec } from './desktop/windowState';
import { registerRoutes } from './ipc/ipcGuard';
import { createRoutes } from './ipc/routes';
import { engineReportTools } from './reports/engineReportTools';
import { APP_SCHEME, EXTERNAL_HOSTS } from './security';
import { openLocalData } from './storage/localData';
import { openDocument } from './storage/versionedDocument';

// Wiring only: every decision lives in a module that takes what it needs and is tested.

// Registered before `ready`: the scheme behaves like https (secure context, fetch, workers).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererDirectory = path.join(__dirname, '..', 'renderer');
const dataFolder = path.join(app.getPath('userData'), 'data');
let mainWindow: BrowserWindow | null = null;

function start(): void {
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(rendererDirectory, (url) => net.fetch(url)),
  );
  denyPermissions(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => void shell.openExternal(url), EXTERNAL_HOSTS);
  });

  const printPdf = createPdfPrinter(
    (options) => new BrowserWindow(options),
    () => session.fromPartition('canary-print'),
  );
  const reports = engineReportTools;
  const dialogs = createFileDialogs(dialog, () => mainWindow);
  const data = openLocalData(dataFolder, reports);
  registerRoutes(ipcMain, createRoutes({ data, reports, dialogs, printPdf }));
  holdQuitForSaves(app, () => data.flush());

  const send = (command: string) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, send)));

  void startDesktop({
    dataFolder,
    prepareDataFolder,
    openWindow: async () => {
      const window = await openMainWindow({
        makeWindow: (options) => new BrowserWindow(options),
        workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
        state: openDocument(dataFolder, windowStateSpec, () => new Date()),
        preloadPath: path.join(__dirname, 'preload.cjs'),
      });
      mainWindow = window;
      window.on('closed', () => {
        mainWindow = null;
      });
    },
    showError: (title, content) => dialog.showErrorBox(title, content),
    quit: () => app.quit(),
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Never linger invisibly holding the single-instance lock.
      console.error('Startup failed:', error);
      dialog.showErrorBox('Canary Coach could not start', String(error));
      app.quit();
    });
  app.on('window-all-closed', () => app.quit());
}
