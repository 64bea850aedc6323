import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, net, protocol, session } from 'electron';
import {
  APP_ORIGIN,
  APP_SCHEME,
  isOwnPageUrl,
  resolveAppFile,
  secureWebPreferences,
} from './security';

// Registered before `ready`: the scheme behaves like https (secure context, fetch, workers).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererDirectory = path.join(__dirname, '..', 'renderer');

function serveRenderer() {
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppFile(request.url, rendererDirectory);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

function denyEverythingForeign() {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnPageUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isOwnPageUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function openWindow() {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 700,
    title: 'Canary Coach',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  void app.whenReady().then(() => {
    serveRenderer();
    denyEverythingForeign();
    openWindow();
  });
  app.on('window-all-closed', () => app.quit());
}
