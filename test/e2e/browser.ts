import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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
