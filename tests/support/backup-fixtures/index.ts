/** Builders for real-format backup folders, and the proof that a tree was left untouched. */
export * from './build-backup';
export * from './plists';
export * from './tree-fingerprint';
export * from './temp-root';
export * from './as-another-user';
export * from './wait-for';
