import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import minimalPack from '../../../scenarios/examples/minimal-pack.json?raw';
import type { Platform } from '../platform/platform';
import { reloadPacks } from '../store/actions';
import { renderApp } from '../testing/appHarness';

const TITLE = 'Smallest pack that loads';
const version = (v: string) => minimalPack.replace('"version": "1.0.0"', `"version": "${v}"`);

function drop(text: string, name = 'pack.json') {
  const file = new File([text], name, { type: 'application/json' });
  const library = screen.getByRole('region', { name: 'Scenario library' });
  fireEvent.drop(library, { dataTransfer: { files: [file], types: ['Files'] } });
}

async function storedVersions(platform: Platform) {
  return (await platform.listPacks()).map((p) => `${p.id}@${p.version}`);
}

async function withStoredPack() {
  const rendered = await renderApp();
  const stored = await rendered.platform.readPackText?.('old.json', minimalPack);
  if (stored?.status !== 'ok') throw new Error('The example pack does not load.');
  await rendered.platform.savePack(stored.value);
  await act(() => reloadPacks());
  return rendered;
}

/**
 * jsdom has no modal dialogs. This stands in for a browser's showModal(): it opens the dialog
 * and, as Chromium does, focuses the dialog's first focusable element.
 */
function likeABrowsersShowModal() {
  const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
  const saved = { showModal: proto.showModal, close: proto.close };
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.querySelector<HTMLElement>('button, [href], input, select, textarea')?.focus();
  };
  proto.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  return () => Object.assign(proto, saved);
}

afterEach(() => vi.restoreAllMocks());

describe('importing a pack by drag and drop', () => {
  it('saves a valid dropped pack and adds its scenarios to the library', async () => {
    const { platform } = await renderApp();
    drop(minimalPack);
    expect(await screen.findByText(`Imported "${TITLE}".`)).toBeInTheDocument();
    expect(await storedVersions(platform)).toEqual(['minimal@1.0.0']);
    expect(screen.getByRole('button', { name: /New wording on the sign-up banner/ })).toBeVisible();
  });

  it('lists an invalid pack’s issues by JSON path and saves nothing', async () => {
    const { platform } = await renderApp();
    drop('{"format":"canary-pack/1","id":"x"}', 'broken.json');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('broken.json is not a valid pack');
    const items = within(alert).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.textContent).toMatch(/^\$[.[\w"\]]*: \S/);
    expect(items.map((i) => i.textContent)).toContainEqual(expect.stringMatching(/^\$\.title: /));
    expect(await storedVersions(platform)).toEqual([]);
  });

  it('gives focus to the screen’s heading when the issues are dismissed, not to the page', async () => {
    await renderApp();
    const user = userEvent.setup();
    drop('{}', 'broken.json');
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('refuses a dropped file that is not JSON without reading it as a pack', async () => {
    const { platform } = await renderApp();
    drop('hello', 'notes.txt');
    expect(await screen.findByRole('alert')).toHaveTextContent('$: is not a .json file');
    expect(await storedVersions(platform)).toEqual([]);
  });

  it('asks before replacing a stored pack of the same id, and replaces only after Replace', async () => {
    const { platform } = await withStoredPack();
    const user = userEvent.setup();
    drop(version('1.1.0'));
    const dialog = await screen.findByRole('dialog', {
      name: `Replace “${TITLE}” 1.0.0 with 1.1.0?`,
    });
    expect(await storedVersions(platform)).toEqual(['minimal@1.0.0']);
    expect(within(dialog).getByRole('button', { name: 'Keep' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    expect(await screen.findByText(`Replaced "${TITLE}" 1.0.0 with 1.1.0.`)).toBeInTheDocument();
    expect(await storedVersions(platform)).toEqual(['minimal@1.1.0']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps the stored pack when the learner chooses Keep', async () => {
    const { platform } = await withStoredPack();
    const user = userEvent.setup();
    drop(version('2.0.0'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Keep' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText(`Kept "${TITLE}" 1.0.0.`)).toBeInTheDocument();
    expect(await storedVersions(platform)).toEqual(['minimal@1.0.0']);
  });

  it('announces a file dragged over the library, for screen-reader users', async () => {
    await renderApp();
    const library = screen.getByRole('region', { name: 'Scenario library' });
    fireEvent.dragEnter(library, { dataTransfer: { files: [], types: ['Files'] } });
    expect(screen.getByText(/release it to import it as a pack/)).toBeInTheDocument();
  });

  it('opens the replace dialog on Keep even where showModal focuses its first button, so Enter keeps', async () => {
    const restore = likeABrowsersShowModal();
    try {
      const { platform } = await withStoredPack();
      const user = userEvent.setup();
      drop(version('1.2.0'));
      const dialog = await screen.findByRole('dialog');
      expect(within(dialog).getByRole('button', { name: 'Keep' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(await screen.findByText(`Kept "${TITLE}" 1.0.0.`)).toBeInTheDocument();
      expect(await storedVersions(platform)).toEqual(['minimal@1.0.0']);
    } finally {
      restore();
    }
  });

  it('gives focus back to the screen’s heading when a dropped pack’s dialog closes, not to the page', async () => {
    await withStoredPack();
    const user = userEvent.setup();
    drop(version('1.3.0'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    await screen.findByText(`Replaced "${TITLE}" 1.0.0 with 1.3.0.`);
    expect(document.activeElement).not.toBe(document.body);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});
