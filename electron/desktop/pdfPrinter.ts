import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { printWebPreferences } from '../security';
import { denyPermissions } from './guards';

/** Chromium refuses longer URLs; a report this large would be refused anyway. */
const MAX_DATA_URL_CHARS = 2 * 1024 * 1024 - 64;

type WindowFactory = (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** A URL for self-contained HTML (no server, no file on disk). */
export function htmlDataUrl(html: string): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/**
 * Prints a report's self-contained HTML to PDF in a hidden window that runs no script and
 * whose own in-memory session cancels every request except the data URL itself.
 */
export function createPdfPrinter(makeWindow: WindowFactory, printSession: () => Session) {
  let prepared: Session | null = null;
  const session = (): Session => {
    if (prepared) return prepared;
    prepared = printSession();
    denyPermissions(prepared);
    prepared.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: protocolOf(details.url) !== 'data:' });
    });
    return prepared;
  };
  return async (html: string): Promise<Uint8Array> => {
    const url = htmlDataUrl(html);
    if (url.length > MAX_DATA_URL_CHARS)
      throw new Error('The report is too large to print to PDF.');
    const window = makeWindow({
      show: false,
      webPreferences: { ...printWebPreferences(), session: session() },
    });
    try {
      await window.loadURL(url);
      return await window.webContents.printToPDF({
        printBackground: true,
        pageSize: 'A4',
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
    } finally {
      window.destroy();
    }
  };
}

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}
