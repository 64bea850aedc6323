import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import type { ExportFormat } from '../../contract/types';
import { writeFileAtomic } from '../storage/atomicFile';
import type { FileDialogs, FileRequest, OpenedFile } from '../ipc/routes';

/** Files larger than this are refused before reading (history exports are the largest). */
const MAX_OPEN_BYTES = 200 * 1024 * 1024;

const FILTERS: Readonly<Record<ExportFormat, FileFilter>> = {
  json: { name: 'JSON', extensions: ['json'] },
  html: { name: 'Web page', extensions: ['html'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
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
    return Promise.all(result.filePaths.map(readChosenFile));
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
      await writeFileAtomic(result.filePath, await contents());
      return true;
    },
  };
}

async function readChosenFile(file: string): Promise<OpenedFile> {
  const fileName = path.basename(file);
  const { size } = await fs.stat(file);
  if (size > MAX_OPEN_BYTES)
    throw new Error(
      `${fileName} is larger than ${MAX_OPEN_BYTES / 1024 / 1024} MB, so it was not opened.`,
    );
  return { fileName, text: await fs.readFile(file, 'utf8') };
}
