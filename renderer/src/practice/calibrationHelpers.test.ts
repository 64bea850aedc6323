import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineResponse } from '../engine/engineProtocol';
import { calibrationHelpers, forgetCalibrationHelpers } from './calibrationHelpers';
import { answerCalibrationTask, type CalibrationTask } from './calibrationTask';
import { generateInEngine } from './generateInEngine';

/** A stand-in for a helper worker: messages cross as copies, on later tasks, as between threads. */
class ThreadLikeWorker {
  static started: ThreadLikeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  tasks = 0;
  constructor(private readonly broken = false) {
    ThreadLikeWorker.started.push(this);
  }
  postMessage(task: CalibrationTask) {
    this.tasks++;
    const copy = structuredClone(task);
    setTimeout(() => {
      if (this.broken) {
        this.onerror?.(
          Object.assign(new Event('error'), { message: 'could not load' }) as ErrorEvent,
        );
        return;
      }
      answerCalibrationTask(copy, (reply) =>
        this.onmessage?.({ data: structuredClone(reply) } as MessageEvent),
      );
    }, 0);
  }
}

function generate(helpers: ReturnType<typeof calibrationHelpers>) {
  const posted: EngineResponse[] = [];
  return new Promise<EngineResponse[]>((resolve) => {
    generateInEngine(
      { id: 7, type: 'generate-fair', request: { seed: 3, level: 'introductory' } },
      (response) => {
        posted.push(response);
        if (response.type !== 'progress') resolve(posted);
      },
      helpers,
    );
  });
}

afterEach(() => {
  forgetCalibrationHelpers();
  ThreadLikeWorker.started = [];
  vi.unstubAllGlobals();
});

describe('generating in the engine worker with two helper workers', () => {
  it('offers the scenario the engine thread alone offers, with progress counted run by run', async () => {
    vi.stubGlobal('Worker', ThreadLikeWorker);
    const alone = await generate(null);
    const shared = await generate(
      calibrationHelpers(() => new ThreadLikeWorker() as unknown as Worker),
    );
    expect(shared.at(-1)).toEqual(alone.at(-1));
    expect(shared.at(-1)?.type).toBe('generated');
    expect(ThreadLikeWorker.started).toHaveLength(2);
    expect(ThreadLikeWorker.started.every((worker) => worker.tasks > 0)).toBe(true);
    const steps = shared.flatMap((response) => (response.type === 'progress' ? [response] : []));
    expect(steps.length).toBeGreaterThan(10);
    expect(steps[0]?.step).toBe('Checking it is fair: run 1 of 41');
    expect(steps.at(-1)).toMatchObject({ step: 'Checking it is fair: run 41 of 41', fraction: 1 });
  }, 60_000);

  it('calibrates in its own thread when a helper cannot start, and still offers the scenario', async () => {
    vi.stubGlobal('Worker', ThreadLikeWorker);
    const alone = await generate(null);
    const broken = await generate(
      calibrationHelpers(() => new ThreadLikeWorker(true) as unknown as Worker),
    );
    expect(broken.at(-1)).toEqual(alone.at(-1));
  }, 60_000);

  it('has no helpers where there are no workers (the engine calibrates in its own thread)', () => {
    vi.stubGlobal('Worker', undefined);
    expect(calibrationHelpers()).toBeNull();
  });
});
