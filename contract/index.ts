// The contract between the renderer, the desktop shell and the CLI. The preload imports
// `./channels` directly instead, so it never bundles a schema.
export type * from './types';
export type * from './desktopApi';
export { DEFAULT_SETTINGS } from './types';
export * from './channels';
export * from './envelope';
export * from './history';
export * from './documents';
export * from './cohort';
export * from './records';
export * from './issuePaths';
export * from './learningRecords/index';
