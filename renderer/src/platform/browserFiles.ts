/** File input and downloads: how a web page reads and writes the learner's files. */

export interface PickedFile {
  readonly name: string;
  readonly text: string;
}

/** Opens the browser's file chooser; null when the learner cancels. */
export function pickTextFile(accept: string): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('cancel', () => resolve(null));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) {
        resolve(null);
        return;
      }
      file.text().then(
        (text) => resolve({ name: file.name, text }),
        () => resolve(null),
      );
    });
    input.click();
  });
}

/** Saves text as a download through a short-lived Blob URL. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking later frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens the browser's file chooser for many files; null when the learner cancels. */
export function pickTextFiles(accept: string): Promise<PickedFile[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = true;
    input.addEventListener('cancel', () => resolve(null));
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      if (files.length === 0) {
        resolve(null);
        return;
      }
      Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))).then(
        resolve,
        () => resolve(null),
      );
    });
    input.click();
  });
}
