import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread that registers tsx before importing the TypeScript worker module.
 * (`execArgv: ['--import', 'tsx']` is not honoured for workers when the CLI itself was
 * started through tsx's register API, so the worker bootstraps the same way the bin does.)
 */
export function startTypeScriptWorker(workerModule: URL): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); ` +
    `return import(${JSON.stringify(workerModule.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}
