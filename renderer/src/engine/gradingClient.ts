import type { AnswerGrade } from '../../../sim-engine/index';
import type { AnswerGrader, GradedScenario, GradeRequest, GradeResponse } from './gradingProtocol';
import { answerRequest } from './gradingProtocol';

/** The app's handle on the answer grader, which lives in a worker of its own. */
export interface GradingClient {
  /** Starts the grading worker so its language model is read before the first grade. */
  prepare(): void;
  grade(answer: string, scenario: GradedScenario): Promise<AnswerGrade>;
}

const NO_WORKER =
  'Grading a written answer needs a browser that runs module workers; this one does not.';

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./grading.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * Opens the grader lazily: the worker starts on `prepare` or the first grade. Where there is no
 * worker (jsdom, old browsers), `inThread` grades instead; the app passes none, so the page's
 * bundle never holds the grader, and tests pass the engine's `gradeAnswer`.
 */
export function createGradingClient(inThread?: AnswerGrader): GradingClient {
  const pending = new Map<number, (response: GradeResponse) => void>();
  let worker: Worker | null | undefined;
  let next = 1;
  const open = () => {
    if (worker !== undefined) return worker;
    worker = startWorker();
    if (worker) worker.onmessage = (event: MessageEvent<GradeResponse>) => settle(event.data);
    return worker;
  };
  const settle = (response: GradeResponse) => {
    pending.get(response.id)?.(response);
    pending.delete(response.id);
  };
  const send = (request: GradeRequest) => {
    const running = open();
    if (running) running.postMessage(request);
    else if (inThread) setTimeout(() => settle(answerRequest(request, inThread)), 0);
    else settle({ id: request.id, type: 'failed', message: NO_WORKER });
  };
  return {
    prepare() {
      open();
    },
    async grade(answer, scenario) {
      const id = next++;
      const response = await new Promise<GradeResponse>((resolve) => {
        pending.set(id, resolve);
        send({ id, answer, scenario });
      });
      if (response.type === 'failed') throw new Error(response.message);
      return response.grade;
    },
  };
}
