import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../cli/commands/pdf';

/** Where end-to-end screenshots go (git-ignored): look at them before claiming a screen works. */
export const SCREENSHOT_DIRECTORY = path.resolve('test-results/screenshots');

export interface TestSession {
  readonly browser: Browser;
  readonly baseUrl: string;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** Serves the built renderer on a free localhost port and launches headless Chromium. */
export async function openTestSession(): Promise<TestSession> {
  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'silent',
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('The preview server did not report its address.');
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  return {
    browser,
    baseUrl,
    async newPage(viewport = { width: 1280, height: 800 }) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    },
    async screenshot(page, name) {
      const file = path.join(SCREENSHOT_DIRECTORY, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/** Opens one session for a test file and closes it after its tests; call the result to use it. */
export function useTestSession(): () => TestSession {
  let session: TestSession | undefined;
  beforeAll(async () => {
    session = await openTestSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('The browser session has not started.');
    return session;
  };
}

/** The text of the page's one h1: every screen names itself there. */
export const pageHeading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
