import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../cli/commands/pdf';
import { RUBRIC_DIMENSIONS, type CanaryReport } from '../../sim-engine/index';
import { CSV_COLUMNS } from '../../sim-engine/report/csv';
import { SCREENSHOT_DIRECTORY } from './browser';

// The Electron binary cannot run here, so the exports are proven through the renderers the
// shell uses: a real report from the CLI, exported by `canary-coach report`, then read back
// the way a person would (PDF pages as images, HTML in Chromium, CSV in a spreadsheet).

const run = promisify(execFile);
const CLI = path.resolve('cli/bin/canary-coach.js');
const PDFTOPPM = '/usr/bin/pdftoppm';
const PDFTOTEXT = '/usr/bin/pdftotext';
const hasChromium = existsSync(CHROMIUM_PATH);
const hasPoppler = existsSync(PDFTOPPM) && existsSync(PDFTOTEXT);
// A learner name with a comma and quotes proves the CSV quoting and the HTML escaping.
const LEARNER = 'Ada "the tester", cohort B';

let workDir: string;
let report: CanaryReport;

async function canaryCoach(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [CLI, ...args], { maxBuffer: 64 << 20 });
  return stdout;
}

function exported(format: 'html' | 'csv' | 'pdf'): string {
  return path.join(workDir, `report.${format}`);
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'canary-report-exports-'));
  const json = await canaryCoach(
    'run',
    '--scenario',
    'checkout-first-order',
    '--plan',
    'cli/test/fixtures/strong-plan.json',
    '--seed',
    '3',
    '--json',
  );
  report = { ...(JSON.parse(json) as CanaryReport), learner: LEARNER };
  const reportFile = path.join(workDir, 'report.json');
  writeFileSync(reportFile, JSON.stringify(report));
  const formats = hasChromium ? (['html', 'csv', 'pdf'] as const) : (['html', 'csv'] as const);
  await Promise.all(
    formats.map((format) =>
      canaryCoach('report', reportFile, '--format', format, '--out', exported(format)),
    ),
  );
}, 120_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the PDF export', () => {
  it('prints every page with visible content and the report’s key facts', async (context) => {
    if (!hasChromium) context.skip(`PDF export needs Chromium at ${CHROMIUM_PATH}`);
    if (!hasPoppler) context.skip('pdftoppm/pdftotext missing: apt-get install poppler-utils');

    const prefix = path.join(workDir, 'page');
    await run(PDFTOPPM, ['-png', '-r', '60', exported('pdf'), prefix]);
    const pages = readdirSync(workDir)
      .filter((name) => /^page-\d+\.png$/.test(name))
      .sort((a, b) => pageNumber(a) - pageNumber(b));
    expect(pages.length).toBeGreaterThanOrEqual(2);

    mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
    for (const name of readdirSync(SCREENSHOT_DIRECTORY)) {
      if (/^report-pdf-\d+\.png$/.test(name)) rmSync(path.join(SCREENSHOT_DIRECTORY, name));
    }
    for (const [index, name] of pages.entries()) {
      const file = path.join(workDir, name);
      const ink = inkShare(decodePng(readFileSync(file)));
      // A4 at 60 dpi; text covers a small but real share of every page.
      expect(ink, `${name} looks blank`).toBeGreaterThan(0.005);
      expect(ink, `${name} looks like a solid block`).toBeLessThan(0.5);
      copyFileSync(file, path.join(SCREENSHOT_DIRECTORY, `report-pdf-${index + 1}.png`));
    }

    const { stdout: text } = await run(PDFTOTEXT, ['-layout', exported('pdf'), '-']);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(report.scenarioTitle);
    expect(flat).toContain(`Score ${report.score.total} / 100 — ${report.score.band}`);
    for (const dimension of report.score.dimensions) expect(flat).toContain(dimension.title);
  });
});

describe('the HTML export', () => {
  it('shows the title, score, band and every dimension in Chromium without running a script', async (context) => {
    if (!hasChromium) context.skip(`the HTML check needs Chromium at ${CHROMIUM_PATH}`);

    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
      const url = pathToFileURL(exported('html')).href;
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(url);

      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        report.scenarioTitle,
      );
      const headline = `Score ${report.score.total} / 100 — ${report.score.band}`;
      expect(await page.getByText(headline, { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText(LEARNER, { exact: false }).isVisible()).toBe(true);
      for (const dimension of report.score.dimensions) {
        const cell = page.getByRole('cell', { name: dimension.title, exact: true });
        expect(await cell.isVisible(), dimension.title).toBe(true);
      }
      expect(await page.evaluate(() => document.scripts.length)).toBe(0);
      // Self-contained: the page asks for nothing beyond itself.
      expect(requests).toEqual([url]);
      // Nothing wider than the window, on a laptop or a phone: no sideways scroll, no cut-off table.
      const overflow = () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 1024, height: 768 });

      mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
      await page.screenshot({
        path: path.join(SCREENSHOT_DIRECTORY, 'report-html.png'),
        fullPage: true,
      });
    } finally {
      await browser.close();
    }
  });
});

describe('the CSV export', () => {
  it('parses back to a header and one row whose values match the report JSON', () => {
    const text = readFileSync(exported('csv'), 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const [header, row, ...rest] = parseCsv(text);
    expect(rest).toEqual([]);
    expect(header).toEqual(CSV_COLUMNS);
    for (const id of RUBRIC_DIMENSIONS) {
      expect(header).toEqual(expect.arrayContaining([`${id}.points`, `${id}.max`]));
    }
    const cell = (column: string) => row?.[header?.indexOf(column) ?? -1];

    expect(cell('learner')).toBe(LEARNER);
    expect(cell('scenarioId')).toBe(report.scenarioId);
    expect(cell('scenarioTitle')).toBe(report.scenarioTitle);
    expect(cell('seed')).toBe(String(report.seed));
    expect(cell('engineVersion')).toBe(report.engineVersion);
    expect(cell('total')).toBe(String(report.score.total));
    expect(cell('band')).toBe(report.score.band);
    expect(cell('caught')).toBe(String(report.outcome.caught ?? ''));
    expect(cell('exposedUsers')).toBe(String(report.outcome.exposedUsers));
    for (const id of RUBRIC_DIMENSIONS) {
      const dimension = report.score.dimensions.find((d) => d.id === id);
      expect(cell(`${id}.points`), id).toBe(dimension ? String(dimension.points) : '');
      expect(cell(`${id}.max`), id).toBe(dimension ? String(dimension.max) : '');
    }
  });

  it('reads quoted fields with commas, doubled quotes and line breaks as a spreadsheet does', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\r\nlines"\r\n,\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\r\nlines'],
      ['', ''],
    ]);
  });
});

function pageNumber(name: string): number {
  return Number(/(\d+)\.png$/.exec(name)?.[1]);
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and CRLF; rows end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly channels: number;
  readonly data: Uint8Array;
}

/** Decodes an 8-bit, non-interlaced greyscale, RGB or RGBA PNG (what pdftoppm writes). */
function decodePng(png: Buffer): Pixels {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bitDepth, colourType, , , interlace] = body.subarray(8);
      expect({ bitDepth, interlace }).toEqual({ bitDepth: 8, interlace: 0 });
      channels = ({ 0: 1, 2: 3, 6: 4 } as Record<number, number>)[colourType ?? -1] ?? 0;
      expect(channels, `PNG colour type ${colourType}`).toBeGreaterThan(0);
    } else if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const at = y * stride + x;
      const left = x >= channels ? (data[at - channels] ?? 0) : 0;
      const up = y > 0 ? (data[at - stride] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (data[at - stride - channels] ?? 0) : 0;
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      data[at] = (value + predict(filter ?? 0, left, up, upLeft)) & 0xff;
    }
  }
  return { width, height, channels, data };
}

function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default:
      throw new Error(`unknown PNG filter ${filter}`);
  }
}

/** The share of pixels dark enough to be text or rules, not paper. */
function inkShare({ width, height, channels, data }: Pixels): number {
  let ink = 0;
  for (let at = 0; at < data.length; at += channels) {
    const luma =
      channels === 1 ? data[at] : ((data[at] ?? 0) + (data[at + 1] ?? 0) + (data[at + 2] ?? 0)) / 3;
    if ((luma ?? 255) < 160) ink++;
  }
  return ink / (width * height);
}
