import { describe, expect, it } from 'vitest';
import type { CanaryReport } from '../domain/report';
import { strongPlanFor, WEAK_REFERENCE_PLAN } from '../scoring/referencePlans';
import { scoreAttempt } from '../scoring/scoreAttempt';
import { fixtureScenario, regression } from '../testing/fixtures';
import { RUBRIC_DIMENSIONS } from '../domain/score';
import { CSV_COLUMNS } from './csv';
import { renderReport, reportsToCsv } from './render';
import { buildReport, parseReport, parseReportText } from './report';

const scenario = fixtureScenario({
  title: 'Fixture <b>&</b> "quotes"',
  regressions: [regression()],
});
// One cheap threshold keeps the threshold trials quick.
const plan = {
  ...strongPlanFor(scenario),
  thresholds: strongPlanFor(scenario).thresholds.slice(0, 1),
};

function report(learner = 'Ada, "the learner"'): CanaryReport {
  const attempt = scoreAttempt({ scenario, plan, seed: 4, hintsUsed: 1 });
  return buildReport(attempt, scenario, {
    packId: 'pack-1',
    mode: 'practice',
    createdAt: '2026-03-04T10:00:00Z',
    learner,
  });
}

/** RFC 4180, enough for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && next === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

describe('buildReport', () => {
  it('fills the canary-report/1 contract fields', () => {
    const r = report();
    expect(r).toMatchObject({
      format: 'canary-report/1',
      scenarioId: 'fixture',
      seed: 4,
      hintsUsed: 1,
      mode: 'practice',
    });
    expect(r.outcome.caught).toBe(true);
    expect(r.events.length).toBeGreaterThan(0);
    expect(r.score.dimensions.every((d) => d.points <= d.max)).toBe(true);
  });

  it('round-trips through JSON text and parseReportText', () => {
    const r = report();
    const parsed = parseReportText(JSON.stringify(r));
    expect(parsed.ok && parsed.value).toEqual(r);
    expect(parseReport(JSON.parse(JSON.stringify(r)))).toEqual({ ok: true, value: r });
  });

  it('names every problem of a damaged report with its JSON path', () => {
    const damaged = { ...JSON.parse(JSON.stringify(report())), extra: 1 } as Record<
      string,
      unknown
    >;
    (damaged['score'] as Record<string, unknown>)['total'] = 120;
    (damaged['plan'] as Record<string, unknown>)['cohorts'] = 7;
    const parsed = parseReport(damaged);
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['$.extra', '$.score.total', '$.plan.cohorts']));
    expect(parseReportText('{"format": ').ok).toBe(false);
  });

  it('reads a report saved before holds could be inconclusive, in the new words', () => {
    const r = report();
    const saved = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    const outcome = saved['outcome'] as Record<string, unknown>;
    delete outcome['inconclusiveStage'];
    outcome['rollbackReason'] = 'hold-gave-up';
    saved['events'] = [
      { type: 'hold-gave-up', minute: 1500, stage: 1 },
      { type: 'rollback-requested', minute: 1500, reason: 'hold-gave-up' },
    ];
    const parsed = parseReport(saved);
    expect(parsed.ok && parsed.value.events).toEqual([
      { type: 'stage-inconclusive', minute: 1500, stage: 1, next: 'rollback' },
      { type: 'rollback-requested', minute: 1500, reason: 'inconclusive' },
    ]);
    expect(parsed.ok && parsed.value.outcome).toMatchObject({
      rollbackReason: 'inconclusive',
      inconclusiveStage: 1,
    });
  });
});

describe('renderReport', () => {
  const r = report();

  it('writes a self-contained HTML page with every text escaped and no script', () => {
    const html = renderReport(r, 'html');
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html).toContain('Fixture &#60;b&#62;&#38;&#60;/b&#62; &#34;quotes&#34;');
    expect(html).toContain(`Score ${r.score.total} / 100`);
    expect(html).toContain('Strong reference');
    expect(html).toContain(r.narrative[0]?.clock ?? '?');
  });

  it('writes Markdown with the score, each dimension and the timeline', () => {
    const md = renderReport(r, 'md');
    expect(md).toContain(`Score ${r.score.total} / 100`);
    for (const d of r.score.dimensions) expect(md).toContain(`### ${d.title}`);
    expect(md).toContain('## Timeline');
    expect(md).toContain('\\<b\\>');
  });

  it('writes CSV that parses back to one row per attempt with per-dimension columns', () => {
    const weak = buildReport(
      scoreAttempt({ scenario, plan: WEAK_REFERENCE_PLAN, seed: 4 }),
      scenario,
      {
        packId: 'pack-1',
        mode: 'cli',
        learner: '=cmd()',
      },
    );
    const rows = parseCsv(reportsToCsv([r, weak]));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(CSV_COLUMNS);
    const cell = (row: number, column: string) => rows[row]?.[CSV_COLUMNS.indexOf(column)];
    expect(cell(1, 'learner')).toBe('Ada, "the learner"');
    expect(cell(1, 'scenarioTitle')).toBe(scenario.title);
    expect(cell(1, 'total')).toBe(String(r.score.total));
    expect(cell(1, 'thresholds.points')).toBe(
      String(r.score.dimensions.find((d) => d.id === 'thresholds')?.points),
    );
    expect(cell(1, 'communication.points')).toBe('');
    expect(cell(2, 'band')).toBe('weak');
    expect(cell(2, 'learner')).toBe("'=cmd()");
    expect(renderReport(r, 'csv')).toBe(reportsToCsv([r]));
  });
});

describe('reportsToCsv for a cohort of many scenarios', () => {
  const surface = fixtureScenario({
    id: 'surface-fixture',
    title: 'Surface, "checkout"',
    changeKind: 'surface',
    regressions: [regression()],
  });
  const surfacePlan = { ...plan, cohorts: strongPlanFor(surface).cohorts };
  const modelReport = report('Ada');
  const surfaceReport = buildReport(
    scoreAttempt({ scenario: surface, plan: surfacePlan, seed: 5 }),
    surface,
    { packId: 'pack-2', mode: 'practice', learner: 'Grace' },
  );
  const mockReport = buildReport(
    scoreAttempt({
      scenario,
      plan: WEAK_REFERENCE_PLAN,
      seed: 6,
      communication: { score: 50, covered: ['owner'], missed: ['numbers'] },
    }),
    scenario,
    { packId: 'pack-1', mode: 'mock', learner: 'Linus' },
  );
  const cohort = [surfaceReport, modelReport, mockReport];

  it('has the same header, in rubric order, whatever scenarios and order the reports come in', () => {
    const header = parseCsv(reportsToCsv(cohort))[0];
    expect(header).toEqual(CSV_COLUMNS);
    expect(parseCsv(reportsToCsv([...cohort].reverse()))[0]).toEqual(header);
    expect(parseCsv(reportsToCsv([]))).toEqual([CSV_COLUMNS]);
    const dimensionColumns = (header ?? []).filter((c) => c.endsWith('.points'));
    expect(dimensionColumns).toEqual(RUBRIC_DIMENSIONS.map((id) => `${id}.points`));
  });

  it('fills each row with its own dimensions and leaves the ones its scenario lacks empty', () => {
    const rows = parseCsv(reportsToCsv(cohort));
    expect(rows).toHaveLength(cohort.length + 1);
    cohort.forEach((r, index) => {
      const row = rows[index + 1] ?? [];
      const cell = (column: string) => row[CSV_COLUMNS.indexOf(column)];
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(cell('scenarioId')).toBe(r.scenarioId);
      expect(cell('scenarioTitle')).toBe(r.scenarioTitle);
      expect(cell('total')).toBe(String(r.score.total));
      for (const id of RUBRIC_DIMENSIONS) {
        const dimension = r.score.dimensions.find((d) => d.id === id);
        expect(cell(`${id}.points`), `${r.scenarioId} ${id}`).toBe(
          dimension ? String(dimension.points) : '',
        );
        expect(cell(`${id}.max`)).toBe(dimension ? String(dimension.max) : '');
      }
    });
    const column = (id: string) => rows.slice(1).map((row) => row[CSV_COLUMNS.indexOf(id)]);
    expect(column('model-guard.points').map((v) => v !== '')).toEqual([false, true, true]);
    expect(column('communication.points').map((v) => v !== '')).toEqual([false, false, true]);
  });
});

describe('the HTML report in print', () => {
  const html = renderReport(report(), 'html');

  it('sets A4 page margins and numbers its pages', () => {
    expect(html).toMatch(/@page\{size:A4;margin:[^}]+\}/);
    expect(html).toContain('counter(page)');
  });

  it('keeps tables, rows and dimension sections from splitting across pages', () => {
    expect(html).toMatch(/@media print\{[^]*section,table,tr,li\{break-inside:avoid\}/);
  });
});
