import type { DesktopApi } from '../../../contract/desktopApi';

/**
 * Everything the learner's app needs from the world outside the page: the desktop contract
 * (contract/desktopApi.ts) plus which platform this is. The desktop shell implements it over
 * its preload bridge, the browser over local storage, file inputs and downloads; both read
 * and write the same record formats with the same schemas (contract/).
 */
export interface Platform extends DesktopApi {
  readonly kind: 'desktop' | 'browser';
}

export type * from '../../../contract/types';
export type { DesktopApi } from '../../../contract/desktopApi';
export { DEFAULT_SETTINGS } from '../../../contract/types';
