/** Builders for real-format backup folders, and the proof that a tree was left untouched. */
export * from './build-backup';
export * from './backup-files';
export * from './manifest-db';
export * from './manifest-mbdb';
export * from './mbfile';
export * from './placeholders';
export * from './plists';
export * from './tree-fingerprint';
export * from './temp-root';
export * from './as-another-user';
export * from './wait-for';
export * from './sparse-plist';
