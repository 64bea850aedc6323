import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import { formatSize } from '../../contract/envelope';
import type { ExportFormat } from '../../contract/types';
import { writeFileAtomic } from '../storage/atomicFile';
import { LearnerError } from '../storage/learnerError';
import type { FileDialogs, FileRequest, OpenedFile } from '../ipc/routes';

/** The engine's JSON door refuses packs and reports over 5 MB, so larger files are not read. */
export const DEFAULT_OPEN_LIMIT = 5 * 1024 * 1024;

const FILTERS: Readonly<Record<ExportFormat | 'xml', FileFilter>> = {
  json: { name: 'JSON', extensions: ['json'] },
  html: { name: 'Web page', extensions: ['html'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  xml: { name: 'XML', extensions: ['xml'] },
};

/** Native open and save dialogs; only paths the learner picked are ever read or written. */
export function createFileDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  parent: () => BrowserWindow | null,
): FileDialogs {
  const open = async (request: FileRequest, many: boolean): Promise<OpenedFile[] | null> => {
    const options = {
      title: request.title,
      filters: [FILTERS[request.kind]],
      properties: many ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const),
    };
    const window = parent();
    const result = window
      ? await dialog.showOpenDialog(window, { ...options, properties: [...options.properties] })
      : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
    if (result.canceled || result.filePaths.length === 0) return null;
    const limit = request.maxBytes ?? DEFAULT_OPEN_LIMIT;
    return Promise.all(result.filePaths.map((file) => readChosenFile(file, limit)));
  };
  return {
    openText: async (request) => (await open(request, false))?.[0] ?? null,
    openTexts: (request) => open(request, true),
    save: async (request, contents) => {
      const options = {
        title: request.title,
        filters: [FILTERS[request.kind]],
        ...(request.defaultName === undefined ? {} : { defaultPath: request.defaultName }),
      };
      const window = parent();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return false;
      await writeFileAtomic(result.filePath, await contents(), 'shared');
      return true;
    },
  };
}

/**
 * Reads a file the learner chose, refusing what is not a regular file (a FIFO would block
 * the read forever) and what is over `limit`, before reading it. Opened without blocking and
 * checked through the open handle, so the file checked is the file read.
 */
async function readChosenFile(file: string, limit: number): Promise<OpenedFile> {
  const fileName = path.basename(file);
  const handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (!stats.isFile())
      throw new LearnerError(`${fileName} is not a regular file, so it was not opened.`);
    if (stats.size > limit)
      throw new LearnerError(
        `${fileName} is ${formatSize(stats.size)}, over the ${formatSize(limit)} limit, so it was not opened.`,
      );
    return { fileName, text: await handle.readFile('utf8') };
  } finally {
    await handle.close();
  }
}
