// Scores a learning platform can read: xAPI statements for attempts, a cmi5 course per pack.
export * from './cmi5Course';
export * from './learningIris';
export * from './nameBasedUuid';
export * from './xapiSchema';
export * from './xapiStatements';
export * from './learningRecordsFile';
export * from './courseExport';
