import type {
  AnswerGrade,
  Counterfactual,
  GenerationRequest,
  Plan,
  RunResult,
  Scenario,
  ThresholdOverride,
} from '../../../sim-engine/index';
import type { FairForApp } from '../practice/generateInEngine';
import type { EngineRequest, EngineResponse } from './engineProtocol';
import { createGradingClient } from './gradingClient';
import type { AnswerGrader } from './gradingProtocol';
import { handleRequest } from './handleRequest';
import type { ScoredAttempt, ScoreRequest } from './scoringApi';

export type ProgressListener = (step: string, fraction: number) => void;

interface Pending {
  readonly resolve: (response: EngineResponse) => void;
  readonly onProgress: ProgressListener | undefined;
}

/** The app's handle on the engine: a Web Worker, or the page itself where there is none. */
export interface EngineClient {
  score(request: ScoreRequest, onProgress?: ProgressListener): Promise<ScoredAttempt>;
  replayEdited(attempt: ScoredAttempt, scenario: Scenario, plan: Plan): Promise<Counterfactual>;
  /** Simulates a saved attempt's plan again on its seed and overrides (no scoring). */
  rerun(request: {
    readonly scenario: Scenario;
    readonly plan: Plan;
    readonly seed: number;
    readonly overrides: readonly ThresholdOverride[];
  }): Promise<RunResult>;
  /**
   * Scores a throwaway plan in the worker while the learner reads and plans, so the engine's
   * code is compiled before the real run; nothing in the page thread (a no-op without a worker).
   */
  warmUp(request: ScoreRequest): void;
  /** Starts the grading worker, which reads the language model, ahead of the first grade. */
  prepareGrading(): void;
  /** Grades a written answer in the grading worker, where the language model lives. */
  grade(answer: string, scenario: Pick<Scenario, 'changeKind' | 'segments'>): Promise<AnswerGrade>;
  /** A generated scenario calibrated until FAIR, with progress (issue 17's daily challenge). */
  generateFair(request: GenerationRequest, onProgress?: ProgressListener): Promise<FairForApp>;
}

export interface EngineClientOptions {
  /** Grades in the page where there is no worker: tests only (the app's page has no grader). */
  readonly gradeInThread?: AnswerGrader;
}

// Distributes over the union so each request keeps its own fields.
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Distribute = WithoutId<EngineRequest>;

function createDispatcher(send: (request: EngineRequest) => void) {
  const pending = new Map<number, Pending>();
  let next = 1;
  const receive = (response: EngineResponse) => {
    const waiting = pending.get(response.id);
    if (!waiting) return;
    if (response.type === 'progress') {
      waiting.onProgress?.(response.step, response.fraction);
      return;
    }
    pending.delete(response.id);
    waiting.resolve(response);
  };
  const ask = (request: Distribute, onProgress?: ProgressListener) =>
    new Promise<EngineResponse>((resolve) => {
      const id = next++;
      pending.set(id, { resolve, onProgress });
      send({ ...request, id } as EngineRequest);
    });
  return { receive, ask };
}

function unwrap<T extends EngineResponse['type']>(
  response: EngineResponse,
  type: T,
): Extract<EngineResponse, { type: T }> {
  if (response.type === 'failed') throw new Error(response.message);
  if (response.type !== type) throw new Error(`The engine answered ${response.type}, not ${type}.`);
  return response as Extract<EngineResponse, { type: T }>;
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** Opens the engine; jsdom and old browsers without module workers get the in-thread engine. */
export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const worker = startWorker();
  const grading = createGradingClient(options.gradeInThread);
  // In-thread: answer on a later task so callers see the same asynchrony as with a worker.
  const dispatcher = createDispatcher((request) =>
    worker
      ? worker.postMessage(request)
      : setTimeout(() => handleRequest(request, dispatcher.receive), 0),
  );
  if (worker)
    worker.onmessage = (event: MessageEvent<EngineResponse>) => dispatcher.receive(event.data);
  return {
    async score(request, onProgress) {
      const response = await dispatcher.ask({ type: 'score', request }, onProgress);
      return unwrap(response, 'scored').attempt;
    },
    async replayEdited(attempt, scenario, plan) {
      const response = await dispatcher.ask({ type: 'replay-edited', attempt, scenario, plan });
      return unwrap(response, 'replayed').counterfactual;
    },
    async rerun(request) {
      const response = await dispatcher.ask({ type: 'rerun', ...request });
      return unwrap(response, 'reran').run;
    },
    warmUp(request) {
      if (worker) void dispatcher.ask({ type: 'score', request });
    },
    prepareGrading: () => grading.prepare(),
    grade: (answer, scenario) => grading.grade(answer, scenario),
    async generateFair(request, onProgress) {
      const response = await dispatcher.ask({ type: 'generate-fair', request }, onProgress);
      return unwrap(response, 'generated').fair;
    },
  };
}
