import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { attempt, fakeParseReport } from '../storage/testFixtures';
import type { FileDialogs, RouteDeps } from './routes';
import { createRoutes, reportFileName } from './routes';

const packText = readFileSync('scenarios/examples/minimal-pack.json', 'utf8');
const report = attempt('a').report;

function setup(opened: { fileName: string; text: string }[] | null = null) {
  const written: (string | Uint8Array)[] = [];
  const dialogs: FileDialogs = {
    openText: vi.fn(async () => opened?.[0] ?? null),
    openTexts: vi.fn(async () => opened),
    save: vi.fn(async (_request, contents) => {
      written.push(await contents());
      return true;
    }),
  };
  const reports = {
    parseReport: fakeParseReport,
    renderReport: vi.fn((_report, format: string) => `rendered ${format}`),
    reportsToCsv: vi.fn(() => 'csv'),
  };
  const printPdf = vi.fn(async (html: string) => new TextEncoder().encode(`%PDF ${html}`));
  const deps = { data: {} as RouteDeps['data'], reports, dialogs, printPdf };
  return { routes: createRoutes(deps), written, printPdf, dialogs };
}

describe('createRoutes', () => {
  it('exports a PDF printed from the report’s self-contained HTML', async () => {
    const { routes, written, printPdf } = setup();
    await expect(routes.exportReport.run(report, 'pdf')).resolves.toBe(true);
    expect(printPdf).toHaveBeenCalledWith('rendered html');
    expect(new TextDecoder().decode(written[0] as Uint8Array)).toBe('%PDF rendered html');
  });
  it('exports JSON as the report itself', async () => {
    const { routes, written } = setup();
    await routes.exportReport.run(report, 'json');
    expect(JSON.parse(written[0] as string)).toEqual(report);
  });
  it('reads a dropped pack’s text with the pack loader and stores nothing', async () => {
    const { routes } = setup();
    const result = await routes.readPackText.run('minimal-pack.json', packText);
    expect(result).toMatchObject({ status: 'ok', value: { id: 'minimal', version: '1.0.0' } });
  });
  it('lists a bad pack’s issues with their JSON paths', async () => {
    const { routes } = setup();
    const broken = packText.replace('"share": 1', '"share": 7');
    const result = await routes.readPackText.run('broken.json', broken);
    expect(result.status).toBe('invalid');
    if (result.status === 'invalid')
      expect(result.issues[0]?.path).toBe('$.scenarios[0].segments[0].share');
  });
  it('picks many reports, keeping the valid ones and listing the others with their issues', async () => {
    const { routes } = setup([
      { fileName: 'ada.json', text: JSON.stringify(report) },
      { fileName: 'bob.json', text: '{"format": "nope"}' },
      { fileName: 'eve.json', text: '{ not json' },
    ]);
    const result = await routes.pickReports.run();
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.reports.map((entry) => entry.fileName)).toEqual(['ada.json']);
    expect(result.invalid.map((entry) => entry.fileName)).toEqual(['bob.json', 'eve.json']);
  });
  it('says cancelled when the learner closes the dialog', async () => {
    const { routes } = setup(null);
    await expect(routes.pickPack.run()).resolves.toEqual({ status: 'cancelled' });
  });
});

describe('reportFileName', () => {
  it('makes a safe file name from the scenario and seed', () => {
    expect(reportFileName({ ...report, scenarioId: '../etc/passwd', seed: 7 }, 'pdf')).toBe(
      'canary-report--etc-passwd-seed-7.pdf',
    );
  });
});
