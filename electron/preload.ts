import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi } from '../contract/desktopApi';
import { createDesktopBridge } from './preload/desktopBridge';

// The sandboxed preload: exposes the typed desktop API (functions only), never ipcRenderer.
const api = createDesktopBridge(ipcRenderer) satisfies DesktopApi;
contextBridge.exposeInMainWorld('canaryDesktop', api);
