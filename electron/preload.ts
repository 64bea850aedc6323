import { contextBridge } from 'electron';

// The desktop API grows with the desktop shell; the preload only ever exposes functions.
contextBridge.exposeInMainWorld('canaryDesktop', Object.freeze({ platform: 'desktop' as const }));
