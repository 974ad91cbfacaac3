/** Types for scripts/electron/explain-failure.mjs, which tests import. */

/** The oldest Node.js that Electron's installer declares it supports. */
export declare const INSTALLER_NODE_FLOOR: string;
/** Where Electron's installer downloads from when no mirror is set. */
export declare const DEFAULT_DOWNLOAD_BASE: string;
/** Electron's page on installing through mirrors and proxies. */
export declare const INSTALL_HELP_URL: string;
/** True when Node.js `version` is at least `floor`. */
export declare function nodeAtLeast(version: string, floor: string): boolean;
/** The mirror the installer uses, as @electron/get reads it from the environment; null for none. */
export declare function configuredMirror(env: NodeJS.ProcessEnv): string | null;
/** What kind of failure the installer's output shows. */
export declare function classifyInstallFailure(
  output: string,
  nodeVersion: string,
): 'node' | 'checksum' | 'disk' | 'permission' | 'tls' | 'http' | 'network' | 'unknown';
/** The message for a failed install, as lines of text. */
export declare function explainInstallFailure(options: {
  output: string;
  version: string;
  nodeVersion: string;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  packageDir: string;
  command?: string;
}): string;
