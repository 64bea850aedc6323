import { toStoredPack } from '../platform/packText';
import type { PickResult, StoredPack } from '../platform/platform';
import { reloadPacks } from './actions';
import { useAppStore } from './appStore';
import { services } from './services';

/**
 * Pack import, by dialog or by drop: validate, ask before replacing a stored pack of the same
 * id, and only then store it (docs/desktop.md, "the confirmation flow").
 */

const get = useAppStore.getState;

async function store(pack: StoredPack, message: string): Promise<void> {
  await services().platform.savePack(pack);
  await reloadPacks();
  get().setPackImport({ phase: 'idle' });
  get().addNotices([message]);
}

/** Takes a validated (or refused) file: shows its issues, asks about a replacement, or stores it. */
export async function offerPack(result: PickResult<StoredPack>): Promise<void> {
  if (result.status === 'cancelled') return;
  if (result.status === 'invalid') {
    get().setPackImport({ phase: 'invalid', fileName: result.fileName, issues: result.issues });
    return;
  }
  const incoming = result.value;
  if (get().builtInPackIds.includes(incoming.id)) {
    // Two packs with one id would make scenario references ambiguous.
    const issue = { path: '$.id', message: `"${incoming.id}" is the id of a built-in pack` };
    get().setPackImport({ phase: 'invalid', fileName: result.fileName, issues: [issue] });
    return;
  }
  const stored = await services().platform.listPacks();
  const existing = stored.find((pack) => pack.id === incoming.id);
  if (existing) get().setPackImport({ phase: 'confirm', incoming, existing });
  else await store(incoming, `Imported "${incoming.title}".`);
}

/** The keyboard path (button, menu): the platform's file dialog. */
export async function importPack(): Promise<void> {
  await offerPack(await services().platform.pickPack());
}

/** A dropped file: its text is validated on desktop by main, in the browser by the engine. */
export async function importDroppedFile(file: File): Promise<void> {
  if (!/\.json$/i.test(file.name)) {
    const issue = { path: '$', message: 'is not a .json file' };
    get().setPackImport({ phase: 'invalid', fileName: file.name, issues: [issue] });
    return;
  }
  const { platform } = services();
  const text = await file.text();
  const result = platform.readPackText
    ? await platform.readPackText(file.name, text)
    : toStoredPack(file.name, text);
  await offerPack(result);
}

export async function confirmReplace(): Promise<void> {
  const pending = get().packImport;
  if (pending.phase !== 'confirm') return;
  const { incoming, existing } = pending;
  await store(
    incoming,
    `Replaced "${existing.title}" ${existing.version} with ${incoming.version}.`,
  );
}

export function keepExisting(): void {
  const pending = get().packImport;
  if (pending.phase !== 'confirm') return;
  get().setPackImport({ phase: 'idle' });
  get().addNotices([`Kept "${pending.existing.title}" ${pending.existing.version}.`]);
}

export function dismissPackIssues(): void {
  get().setPackImport({ phase: 'idle' });
}
