import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { InputError } from '../inputError';

/** Debian's Chromium; the CLI never downloads a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep a headless print job offline and quiet. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Prints an HTML document to a PDF file with the system's Chromium. */
export async function writePdf(html: string, out: string): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new InputError(
      `PDF export needs Chromium at ${CHROMIUM_PATH}, which is missing; ` +
        'install it (apt-get install chromium) or use --format html and print from a browser',
    );
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const page = await browser.newPage();
    // The report is self-contained; block any request so printing never reaches the network.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ path: out, format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}
