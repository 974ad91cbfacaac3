/** Types for scripts/electron/run-installer.mjs. */

/** How Electron's installer ended: the end of its output when it failed. */
export type InstallerResult = { ok: true } | { ok: false; output: string };

/** Runs `<packageDir>/install.js` under this Node and resolves when it ends. */
export declare function runElectronInstaller(options: {
  packageDir: string;
  env?: NodeJS.ProcessEnv;
  onStillRunning?: (seconds: number) => void;
  heartbeatMs?: number;
}): Promise<InstallerResult>;
