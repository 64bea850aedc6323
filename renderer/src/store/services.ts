import { createEngineClient, type EngineClient } from '../engine/engineClient';
import type { Platform } from '../platform/platform';

/** The outside world the store's actions use: set once at start, replaced in tests. */
export interface Services {
  readonly platform: Platform;
  readonly engine: EngineClient;
}

let current: Services | null = null;

export function configureServices(services: Services): void {
  current = services;
}

export function services(): Services {
  if (!current) throw new Error('The app started without its services.');
  return current;
}

export function defaultEngine(): EngineClient {
  return createEngineClient();
}
